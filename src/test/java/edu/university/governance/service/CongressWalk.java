package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A college union's congress of a year walked over engine-rest by the offices that hold each step, from its
 * candidate's P3 to the filing (C1–C3), on the demo organisation: econ-su, its class ec2301, delegates 2023101 and
 * 2024101. Used by the congress scenarios and the announcement's browser test.
 */
public final class CongressWalk {

  static final String START = "/engine-rest/process-definition/key/";

  private final Http http;

  public CongressWalk(Http http) {
    this.http = http;
  }

  /** econ-su's congress of the year filed on that date with the candidate (imported and confirmed by P3) elected with those votes. */
  public String fileEconCongress(int year, String candidate, int votes, String filedOn, String reference) {
    var imported = http.postJson("admin", "/api/students", "[" + IntegrityScenarios.student(candidate, "econ", "ec2301")
        + "]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    String nomination = start("class-ec2301-branch", "college-nomination", "studentId", candidate, "unionId", "econ-su",
        "post", "PRESIDIUM_CANDIDATE");
    complete("college-econ-league", nomination, "collegeLeagueReview", "approved", true, "comment", "同意");
    complete("college-econ-party", nomination, "collegePartyDecision", "approved", true, "comment", "同意");
    String congress = start("college-econ-league", "student-congress", "unionId", "econ-su", "year", year,
        "studentsRepresented", 100);
    complete("class-ec2301-branch", congress, "recommendDelegates", "recommended", "2023101,2024101");
    complete("union-econ-su", congress, "electDelegates", "delegateIds", "2023101,2024101");
    complete("college-econ-league", congress, "holdCongress", "results", candidate + "," + votes);
    complete("college-econ-party", congress, "partyApproval", "approved", true, "comment", "批准");
    complete("college-econ-league", congress, "fileResults", "filingDate", filedOn, "filingReference", reference,
        "conventionSignedAt", EngineRest.signedToday());
    return congress;
  }

  /** Starts the process as the user: its instance id. */
  public String start(String user, String key, Object... variables) {
    var started = http.postJson(user, START + key + "/start", Http.variables(variables));
    assertThat(started.status()).as(user + " starts " + key + ": " + started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** Completes the instance's task of that key as the user, once it is there. */
  public void complete(String user, String instanceId, String taskKey, Object... variables) {
    String taskId = EngineRest.awaitTask(http, user, instanceId, taskKey).get("id").asText();
    var done = http.postJson(user, "/engine-rest/task/" + taskId + "/complete", Http.variables(variables));
    assertThat(done.status()).as(user + " completes " + taskKey + ": " + done.body()).isEqualTo(204);
  }
}
