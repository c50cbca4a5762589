package edu.university.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP/1.1 with keep-alive and HTTP Basic, as the benchmark's clients talk to the service. Every call
 * is timed; any status other than the expected one stops the run, since a benchmark of failing
 * requests means nothing.
 */
final class BenchHttp {

  /** A response body and how long the request took, in nanoseconds. */
  record Answer(JsonNode json, long nanos) {
  }

  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  BenchHttp(String base) {
    this.base = base;
  }

  /** Demo users have the password "demo", the administrator "admin". */
  static String passwordOf(String user) {
    return user.equals("admin") ? "admin" : "demo";
  }

  Answer get(String user, String path) {
    return send(user, request(user, path).GET(), 200);
  }

  Answer postJson(String user, String path, String body, int expected) {
    return send(user, request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), expected);
  }

  /** A multipart/form-data POST of one file, as /engine-rest/deployment/create takes a model. */
  /** A multipart POST of form fields and files (name to content), as a deployment is created. */
  JsonNode postFiles(String user, String path, String fields, Map<String, byte[]> files) {
    String boundary = "bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    for (String field : fields.split("&")) {
      String[] pair = field.split("=", 2);
      head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(pair[0])
          .append("\"\r\n\r\n").append(pair[1]).append("\r\n");
    }
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    files.forEach((fileName, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 200).json();
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
  }

  private Answer send(String user, HttpRequest.Builder request, int expected) {
    HttpRequest built = request.build();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " as " + user + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long elapsed = System.nanoTime() - started;
    if (response.statusCode() != expected) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " as " + user + " answered "
          + response.statusCode() + " (expected " + expected + "): " + response.body());
    }
    return new Answer(json(response.body()), elapsed);
  }

  private static JsonNode json(String body) {
    try {
      return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }
}
