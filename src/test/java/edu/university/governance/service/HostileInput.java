package edu.university.governance.service;

import java.util.ArrayList;
import java.util.List;

/** Malformed and hostile request bodies for the bad-input sweep: wrong types, missing fields, huge strings, injections. */
final class HostileInput {

  static final String HUGE = "长".repeat(100_000);
  static final String SQL = "'; drop table gov_student; --";
  static final String SCRIPT = "<script>alert(1)</script>";

  /** A request to send and where it goes. */
  record Probe(String method, String path, String contentType, String body) {
  }

  private HostileInput() {
  }

  /** Start bodies for a process: each breaks one thing about well-typed variables. */
  static List<String> startBodies(List<String> names) {
    List<String> bodies = new ArrayList<>(List.of("", "not json", "{", "[]", "null", "{\"variables\": []}",
        "{\"variables\": {\"x\": 1}}", "{\"variables\": {}}", "{\"businessKey\": " + q(HUGE) + "}"));
    for (Object bad : new Object[] {42, true, 1.5, null, HUGE, SQL, SCRIPT, "", " "}) {
      StringBuilder json = new StringBuilder("{\"variables\":{");
      for (int i = 0; i < names.size(); i++) {
        json.append(i > 0 ? "," : "").append(q(names.get(i))).append(":{\"value\":").append(value(bad)).append('}');
      }
      bodies.add(json.append("}}").toString());
    }
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":\"x\",\"type\":\"NoSuchType\"}}}");
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":{\"nested\":[1,2]}}}}");
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":\"{not json\",\"type\":\"Json\"}}}");
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":\"2026-13-45\",\"type\":\"Date\"}}}");
    // each of these once made engine-rest answer 500 (REST guide "Bad input")
    bodies.add("{\"variables\":{\"remark\":{\"value\":" + q("x".repeat(5000)) + "}}}");
    bodies.add("{\"variables\":{" + q("n".repeat(300)) + ":{\"value\":\"x\"}}}");
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\","
        + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
    bodies.add("{\"variables\":{\"extra\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
        + "\"com.example.Missing\",\"serializationDataFormat\":\"application/json\"}}}}");
    bodies.add("{\"variables\":{\"extra\":{\"value\":\"x\",\"type\":\"Object\"}}}");
    bodies.add("{\"variables\":{" + q(names.get(0)) + ":{\"value\":\"<a/>\",\"type\":\"Xml\"}}}");
    return bodies;
  }

  static String value(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String s ? q(s) : value.toString();
  }

  static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
