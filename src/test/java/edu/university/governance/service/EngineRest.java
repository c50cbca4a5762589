package edu.university.governance.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/** What the REST scenarios share: waiting for a user's task, and reading the variables of an instance. */
final class EngineRest {

  private EngineRest() {
  }

  /** The one open task of that key in the instance that the user can see, waiting for the job executor where the model is asynchronous. */
  static JsonNode awaitTask(Http http, String user, String instanceId, String taskKey) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey)
          .json();
      if (tasks.size() == 1) {
        return tasks.get(0);
      }
      sleep();
    }
    throw new AssertionError(user + " never saw task " + taskKey + " of " + instanceId);
  }

  /** D1: the day a nominee signed the self-discipline convention, as the appointing league records it: today in China. */
  static String signedToday() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
  }

  static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The value of a variable in a list of (historic) variable instances. */
  static String valueOf(JsonNode variables, String name) {
    for (JsonNode variable : variables) {
      if (variable.get("name").asText().equals(name)) {
        return variable.get("value").asText();
      }
    }
    throw new AssertionError("No variable " + name);
  }
}
