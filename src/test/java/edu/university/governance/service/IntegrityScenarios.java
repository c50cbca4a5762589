package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11, one scenario per attack of its list: each attack is made through plain engine REST by the demo user of
 * the office that holds the task (or starts the process), must be refused (400 naming the variable, 403 for a task
 * changing hands), and the procedure is then finished the legitimate way to show the business result: the outcome,
 * the roster, the candidates. Each scenario uses students of its own (imported as the administrator) or demo
 * records no other scenario here changes. Run on H2 ({@link H2IntegrityIT}) and PostgreSQL ({@link PostgresIntegrityIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class IntegrityScenarios {

  static final String START = "/engine-rest/process-definition/key/";
  static final String P1 = "school-presidium-candidacy";
  static final String P2 = "school-staff-recommendation";
  static final String P3 = "college-nomination";
  static final String D2 = "major-activity-report";
  static final String D3 = "misconduct-investigation";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  // ---- the attacks ----

  @Test
  @DisplayName("P1.3: the last office cannot turn another office's refusal into an approval with youthLeagueReviewApproved"
      + " (complete, POST and PUT task variables) → REJECTED, the nominee is no candidate")
  void jointReviewRefusalStands() {
    importStudents(student("int-p13", "cs", "cs2301"));
    String instanceId = startP1("int-p13");
    approve("college-cs-party", instanceId, "collegePartyReview");
    complete("student-affairs", task("student-affairs", instanceId, "studentAffairsReview"),
        "approved", false, "comment", "学工部不同意：服务经历不足");
    approve("graduate-affairs", instanceId, "graduateAffairsReview");

    String last = task("youth-league", instanceId, "youthLeagueReview");
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/variables",
        modifications("youthLeagueReviewApproved", true)), "youthLeagueReviewApproved");
    refused(http.put("youth-league", "/engine-rest/task/" + last + "/variables/youthLeagueReviewApproved",
        "application/json", "{\"value\":true}"), "youthLeagueReviewApproved");
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/complete", Http.variables("approved", true,
        "comment", "同意", "youthLeagueReviewApproved", true)), "youthLeagueReviewApproved");
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/complete", Http.variables("approved", true,
        "comment", "同意", "studentAffairsReviewApproved", true)), "studentAffairsReviewApproved");
    complete("youth-league", last, "approved", true, "comment", "校团委同意");

    assertThat(outcome(instanceId)).isEqualTo("REJECTED");
    assertThat(variable(instanceId, "rejectionReason")).contains("学工部不同意");
    assertThat(http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).json())
        .as("no Party committee decision after a refusal").isEmpty();
    assertThat(candidates("school-su")).doesNotContain("int-p13");
    assertThat(nominationStatus(instanceId)).isEqualTo("REJECTED");
  }

  @Test
  @DisplayName("P1: a planted outcome=CANDIDATE_CONFIRMED is refused; an administrator's cancel, with or without"
      + " listeners, confirms nobody and frees the student for a new nomination")
  void cancelConfirmsNobody() {
    importStudents(student("int-p1c", "cs", "cs2301"));
    for (String cancel : List.of("", "?skipCustomListeners=true")) {
      String instanceId = startP1("int-p1c");
      String partyTask = task("college-cs-party", instanceId, "collegePartyReview");
      refused(http.postJson("college-cs-party", "/engine-rest/task/" + partyTask + "/complete",
          Http.variables("approved", true, "comment", "同意", "outcome", "CANDIDATE_CONFIRMED")), "outcome");
      refused(http.postJson("college-cs-party", "/engine-rest/task/" + partyTask + "/variables",
          modifications("outcome", "CANDIDATE_CONFIRMED")), "outcome");
      refused(http.put("college-cs-party", "/engine-rest/task/" + partyTask + "/variables/outcome", "application/json",
          "{\"value\":\"CANDIDATE_CONFIRMED\"}"), "outcome");
      complete("college-cs-party", partyTask, "approved", true, "comment", "同意推荐");
      String review = task("student-affairs", instanceId, "studentAffairsReview");
      refused(http.postJson("student-affairs", "/engine-rest/process-instance/" + instanceId + "/variables",
          modifications("outcome", "CANDIDATE_CONFIRMED")), "outcome");
      refused(http.postJson("student-affairs", "/engine-rest/task/" + review + "/complete",
          Http.variables("approved", true, "comment", "同意", "outcome", "CANDIDATE_CONFIRMED")), "outcome");

      var cancelled = http.delete("admin", "/engine-rest/process-instance/" + instanceId + cancel);
      assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
      assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state").asText())
          .isEqualTo("EXTERNALLY_TERMINATED");
      assertThat(variableOrNull(instanceId, "outcome")).as("cancel " + cancel).isNotEqualTo("CANDIDATE_CONFIRMED");
      assertThat(nominationStatus(instanceId)).as("the nomination after cancel " + cancel).isEqualTo("CANCELLED");
      assertThat(candidates("school-su")).as("candidates after cancel " + cancel).doesNotContain("int-p1c");
    }
    String again = startP1("int-p1c");
    assertThat(nominationStatus(again)).isEqualTo("OPEN");
    assertThat(http.delete("admin", "/engine-rest/process-instance/" + again).status()).isEqualTo(204);
    assertThat(candidates("school-su")).doesNotContain("int-p1c");
  }

  @Test
  @DisplayName("P2: the last reviewer of one nominee cannot decide with another nominee's id (nomineeId, studentId);"
      + " the nominee Student Affairs refused is REJECTED and off the school roster, the other APPOINTED")
  void staffNomineesKeptApart() {
    String refusedId = "2023006";
    String approvedId = "2023007";
    String nominees = "[{\"studentId\":\"" + refusedId + "\",\"departmentId\":\"secretariat\",\"post\":\"STAFF\"},"
        + "{\"studentId\":\"" + approvedId + "\",\"departmentId\":\"rights\",\"post\":\"STAFF\"}]";
    var started = http.postJson("college-cs-league", START + P2 + "/start",
        Http.variables("collegeId", "cs", "unionId", "school-su", "nominees", nominees));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    Map<String, String> affairs = tasksByNominee("student-affairs", instanceId, "studentAffairsReview");
    complete("student-affairs", affairs.get(refusedId), "approved", false, "comment", "学工部不同意：岗位不匹配");
    complete("student-affairs", affairs.get(approvedId), "approved", true, "comment", "同意");
    tasksByNominee("graduate-affairs", instanceId, "graduateAffairsReview")
        .forEach((nominee, taskId) -> complete("graduate-affairs", taskId, "approved", true, "comment", "同意"));
    Map<String, String> league = tasksByNominee("youth-league", instanceId, "youthLeagueReview");
    String last = league.get(refusedId);
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/complete",
        Http.variables("approved", true, "comment", "同意", "nomineeId", approvedId)), "nomineeId");
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/complete",
        Http.variables("approved", true, "comment", "同意", "studentId", approvedId)), "studentId");
    refused(http.postJson("youth-league", "/engine-rest/task/" + last + "/variables",
        modifications("nomineeId", approvedId)), "nomineeId");
    complete("youth-league", last, "approved", true, "comment", "同意", "conventionSignedAt", EngineRest.signedToday());
    complete("youth-league", league.get(approvedId), "approved", true, "comment", "同意",
        "conventionSignedAt", EngineRest.signedToday());

    awaitState(instanceId, "COMPLETED");
    assertThat(outcome(instanceId)).isEqualTo("COMPLETED");
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (JsonNode row : parse(variable(instanceId, "nomineeOutcomes"))) {
      outcomes.put(row.get("studentId").asText(), row.get("outcome").asText());
    }
    assertThat(outcomes).containsEntry(refusedId, "REJECTED").containsEntry(approvedId, "APPOINTED");
    JsonNode roster = roster("school-su");
    assertThat(roster.findValuesAsText("studentId")).contains(approvedId).doesNotContain(refusedId);
    assertThat(entry(roster, approvedId).get("departmentId").asText()).isEqualTo("rights");
  }

  @Test
  @DisplayName("P3: no quotaExceptionReviewApproved at the start or from the college Party organisation, no post from"
      + " the college league: past the Q6 soft limit a STAFF nomination waits for the Youth League and is appointed as STAFF")
  void collegeNominationKeepsItsPostAndException() {
    int members = quota("econ-su", "Q6").get("count").asInt();
    List<String> rows = new ArrayList<>();
    StringBuilder load = new StringBuilder("[");
    for (int i = 1; i <= 30 - members; i++) {
      rows.add(student("int-q6-" + i, "econ", "ec2301"));
      load.append(i > 1 ? "," : "").append("{\"studentId\":\"int-q6-").append(i)
          .append("\",\"post\":\"STAFF\",\"departmentId\":\"office\"}");
    }
    rows.add(student("int-p3", "econ", "ec2301"));
    importStudents(rows.toArray(String[]::new));
    if (members < 30) {
      var loaded = http.postJson("admin", "/api/unions/econ-su/roster", load.append("]").toString());
      assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    }
    assertThat(quota("econ-su", "Q6").get("count").asInt()).as("econ-su at the Q6 soft limit").isEqualTo(30);

    long before = instances(P3);
    String start = START + P3 + "/start";
    refused(http.postJson("class-ec2301-branch", start, Http.variables("studentId", "int-p3", "unionId", "econ-su",
        "post", "STAFF", "departmentId", "office", "quotaExceptionReviewApproved", true)), "quotaExceptionReviewApproved");
    assertThat(instances(P3)).as("no instance after a refused start").isEqualTo(before);
    var started = http.postJson("class-ec2301-branch", start, Http.variables("studentId", "int-p3", "unionId", "econ-su",
        "post", "STAFF", "departmentId", "office"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    String leagueTask = task("college-econ-league", instanceId, "collegeLeagueReview");
    refused(http.postJson("college-econ-league", "/engine-rest/task/" + leagueTask + "/complete",
        Http.variables("approved", true, "comment", "同意", "post", "PRESIDIUM_CANDIDATE")), "post");
    complete("college-econ-league", leagueTask, "approved", true, "comment", "同意",
        "conventionSignedAt", EngineRest.signedToday());
    String partyTask = task("college-econ-party", instanceId, "collegePartyDecision");
    refused(http.postJson("college-econ-party", "/engine-rest/task/" + partyTask + "/complete",
        Http.variables("approved", true, "comment", "同意", "quotaExceptionReviewApproved", true)),
        "quotaExceptionReviewApproved");
    complete("college-econ-party", partyTask, "approved", true, "comment", "同意任命");

    String exception = task("youth-league", instanceId, "quotaExceptionReview");
    assertThat(candidateGroups(exception)).containsExactly("youth-league");
    assertThat(roster("econ-su").findValuesAsText("studentId")).as("not appointed before the Youth League decides")
        .doesNotContain("int-p3");
    complete("youth-league", exception, "approved", true, "comment", "办公室事务集中，同意超额一人");

    assertThat(outcome(instanceId)).isEqualTo("APPOINTED");
    JsonNode appointed = entry(roster("econ-su"), "int-p3");
    assertThat(appointed.get("post").asText()).isEqualTo("STAFF");
    assertThat(appointed.get("departmentId").asText()).isEqualTo("office");
    assertThat(candidates("econ-su")).doesNotContain("int-p3");
    assertThat(quota("econ-su", "Q6").get("count").asInt()).isEqualTo(31);
  }

  @Test
  @DisplayName("D2: the reporting union cannot set partyGroup, budgetYuan or startsAt on its withdrawal task or the"
      + " variable endpoints; the Party committee keeps its decision and refuses → REJECTED")
  void majorMatterStaysWithPartyCommittee() {
    OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(20).withNano(0);
    var started = http.postJson("union-school-su", START + D2 + "/start", Http.variables("unionId", "school-su",
        "title", "新年晚会", "category", "ACTIVITY", "description", "全校新年晚会", "startsAt", startsAt.toString(),
        "endsAt", startsAt.plusHours(3).toString(), "budgetYuan", 80000, "volunteersNeeded", 0));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    String union = "union-school-su";
    String withdraw = task(union, instanceId, "withdrawReport");
    String taskPath = "/engine-rest/task/" + withdraw;
    refused(http.postJson(union, taskPath + "/complete", Http.variables("comment", "补充", "partyGroup", union)),
        "partyGroup");
    refused(http.postJson(union, taskPath + "/complete", Http.variables("comment", "补充", "budgetYuan", 1000)),
        "budgetYuan");
    refused(http.postJson(union, taskPath + "/complete", Http.variables("comment", "补充",
        "startsAt", startsAt.minusDays(18).toString())), "startsAt");
    refused(http.postJson(union, taskPath + "/variables", modifications("partyGroup", union)), "partyGroup");
    refused(http.put(union, taskPath + "/variables/budgetYuan", "application/json", "{\"value\":1000}"), "budgetYuan");
    refused(http.put(union, taskPath + "/localVariables/partyGroup", "application/json",
        "{\"value\":\"" + union + "\"}"), "partyGroup");
    refused(http.postJson(union, "/engine-rest/process-instance/" + instanceId + "/variables",
        modifications("startsAt", startsAt.minusDays(18).toString())), "startsAt");

    approve("youth-league-deputy", instanceId, "deputyReview");
    String decision = task("party-committee", instanceId, "partyDecision");
    assertThat(candidateGroups(decision)).containsExactly("party-committee");
    assertThat(http.get(union, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=partyDecision")
        .json()).as("the union does not see the Party committee's task").isEmpty();
    assertThat(http.postJson(union, "/engine-rest/task/" + decision + "/complete",
        Http.variables("approved", true, "comment", "同意")).status()).isIn(403, 404);
    complete("party-committee", decision, "approved", false, "comment", "经费过高，不同意");

    assertThat(outcome(instanceId)).isEqualTo("REJECTED");
    assertThat(variable(instanceId, "rejectionReason")).contains("经费过高");
    assertThat(variable(instanceId, "partyGroup")).isEqualTo("party-committee");
    assertThat(Double.parseDouble(variable(instanceId, "budgetYuan"))).isEqualTo(80000.0);
    assertThat(variable(instanceId, "escalationReason")).isEqualTo("经费 5 万元及以上");
    assertThat(decidedBy(instanceId, "partyDecision")).containsExactly("party-committee", "party-committee");
  }

  @Test
  @DisplayName("R2: the presidium cannot send revieweeId with a work report, nor the board with a rating; each member's"
      + " ratings land on that member at /reviews")
  void ratingsLandOnTheirMember() {
    String semester = "2025-2026-1";
    var started = http.postJson("youth-league", START + "performance-review/start",
        Http.variables("unionId", "cs-su", "semester", semester));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    Map<String, String> reports = tasksByVariable("union-cs-su", instanceId, "submitReport", "revieweeId");
    assertThat(reports).as("presidium members and heads of cs-su under review").hasSizeGreaterThanOrEqualTo(2);
    List<String> reviewees = new ArrayList<>(reports.keySet());
    String first = reports.get(reviewees.get(0));
    refused(http.postJson("union-cs-su", "/engine-rest/task/" + first + "/complete",
        Http.variables("workReport", "本学期述职", "revieweeId", reviewees.get(1))), "revieweeId");
    refused(http.postJson("union-cs-su", "/engine-rest/task/" + first + "/variables",
        modifications("revieweeId", reviewees.get(1))), "revieweeId");
    reports.forEach((reviewee, taskId) -> complete("union-cs-su", taskId, "workReport", "本学期述职：" + reviewee));

    Map<String, String> ratings = tasksByVariable("review-board", instanceId, "rateMember", "revieweeId");
    assertThat(ratings.keySet()).containsExactlyInAnyOrderElementsOf(reviewees);
    refused(http.postJson("review-board", "/engine-rest/task/" + ratings.get(reviewees.get(0)) + "/complete",
        Http.variables("politicalAttitude", 5, "moralConduct", 5, "study", 5, "workResults", 5, "discipline", 5,
            "revieweeId", reviewees.get(1))), "revieweeId");
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < reviewees.size(); i++) {
      int score = i == 0 ? 5 : 2;
      complete("review-board", ratings.get(reviewees.get(i)), "politicalAttitude", score, "moralConduct", score,
          "study", score, "workResults", score, "discipline", score);
      expected.put(reviewees.get(i), 5 * score);
    }

    awaitState(instanceId, "COMPLETED");
    JsonNode ranking = http.get("party-committee", "/api/unions/cs-su/reviews?semester=" + semester).json().get("ranking");
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (JsonNode result : ranking) {
      totals.put(result.get("studentId").asText(), result.get("total").asInt());
    }
    assertThat(totals).isEqualTo(expected);
    assertThat(ranking.get(0).get("studentId").asText()).isEqualTo(reviewees.get(0));
  }

  @Test
  @DisplayName("C3: a college league filing its own congress results cannot send unionId=school-su or winnerIds;"
      + " the school union's presidium is unchanged and the college union's elected presidium takes office")
  void congressFilingStaysWithItsUnion() {
    importStudents(student("int-c3", "econ", "ec2301"));
    var nominated = http.postJson("class-ec2301-branch", START + P3 + "/start",
        Http.variables("studentId", "int-c3", "unionId", "econ-su", "post", "PRESIDIUM_CANDIDATE"));
    assertThat(nominated.status()).as(nominated.body()).isEqualTo(200);
    String nomination = nominated.json().get("id").asText();
    approve("college-econ-league", nomination, "collegeLeagueReview");
    approve("college-econ-party", nomination, "collegePartyDecision");
    assertThat(outcome(nomination)).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(candidates("econ-su")).contains("int-c3");

    String schoolBefore = presidium("school-su").toString();
    var convened = http.postJson("college-econ-league", START + "student-congress/start",
        Http.variables("unionId", "econ-su", "year", year(), "studentsRepresented", 100));
    assertThat(convened.status()).as(convened.body()).isEqualTo(200);
    String instanceId = convened.json().get("id").asText();
    complete("class-ec2301-branch", task("class-ec2301-branch", instanceId, "recommendDelegates"),
        "recommended", "2023101,2024101");
    complete("union-econ-su", task("union-econ-su", instanceId, "electDelegates"), "delegateIds", "2023101,2024101");
    complete("college-econ-league", task("college-econ-league", instanceId, "holdCongress"), "results", "int-c3,80");
    approve("college-econ-party", instanceId, "partyApproval");

    String filing = task("college-econ-league", instanceId, "fileResults");
    String path = "/engine-rest/task/" + filing;
    String date = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
    refused(http.postJson("college-econ-league", path + "/complete", Http.variables("filingDate", date,
        "filingReference", "经院学联备〔" + year() + "〕1号", "unionId", "school-su")), "unionId");
    refused(http.postJson("college-econ-league", path + "/complete", Http.variables("filingDate", date,
        "filingReference", "经院学联备〔" + year() + "〕1号", "winnerIds", "2023003,2023004")), "winnerIds");
    refused(http.postJson("college-econ-league", "/engine-rest/process-instance/" + instanceId + "/variables",
        modifications("unionId", "school-su")), "unionId");
    refused(http.put("college-econ-league", path + "/variables/winnerIds", "application/json",
        "{\"value\":\"2023003\"}"), "winnerIds");
    complete("college-econ-league", filing, "filingDate", date, "filingReference", "经院学联备〔" + year() + "〕1号",
        "conventionSignedAt", EngineRest.signedToday());

    assertThat(outcome(instanceId)).isEqualTo("RESULTS_FILED");
    assertThat(presidium("school-su").toString()).as("school-su's presidium").isEqualTo(schoolBefore);
    assertThat(roster("school-su").findValuesAsText("studentId")).doesNotContain("2023003", "2023004", "int-c3");
    assertThat(presidium("econ-su")).containsExactly("int-c3");
  }

  @Test
  @DisplayName("D3: the investigator's decision cannot carry another studentId (the same one is accepted and dropped);"
      + " the reported member is REMOVED, the other stays on the roster")
  void removalHitsTheReportedMember() {
    importStudents(student("int-d3a", "cs", "cs2301"), student("int-d3b", "cs", "cs2301"));
    loadPresidium("cs-gsu", "int-d3a", "int-d3b");
    String instanceId = report("int-d3a", "cs-gsu");
    String investigate = task("youth-league", instanceId, "investigate");
    String path = "/engine-rest/task/" + investigate;
    refused(http.postJson("youth-league", path + "/complete", Http.variables("handling", "REMOVED",
        "findings", "查实", "studentId", "int-d3b")), "studentId");
    refused(http.postJson("youth-league", path + "/variables", modifications("studentId", "int-d3b")), "studentId");
    refused(http.put("youth-league", path + "/variables/studentId", "application/json", "{\"value\":\"int-d3b\"}"),
        "studentId");
    assertThat(roster("cs-gsu").findValuesAsText("studentId")).contains("int-d3a", "int-d3b");
    complete("youth-league", investigate, "handling", "REMOVED", "findings", "查实，撤销职务", "studentId", "int-d3a");

    assertThat(outcome(instanceId)).isEqualTo("REMOVED");
    JsonNode roster = roster("cs-gsu");
    assertThat(roster.findValuesAsText("studentId")).contains("int-d3b").doesNotContain("int-d3a");
    assertThat(entry(roster, "int-d3b").get("underInvestigation").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("P1 tasks stay with their office: the college Party organisation cannot assign, add a candidate group,"
      + " delegate, claim for another, set an owner or update the task (403); claim and unclaim for itself work")
  void tasksStayWithTheirOffice() {
    importStudents(student("int-hand", "cs", "cs2301"));
    String instanceId = startP1("int-hand");
    String party = "college-cs-party";
    String taskId = task(party, instanceId, "collegePartyReview");
    String path = "/engine-rest/task/" + taskId;
    String linksBefore = identityLinks(taskId);

    forbidden(http.postJson(party, path + "/assignee", "{\"userId\":\"college-cs-league\"}"), "assignee");
    forbidden(http.postJson(party, path + "/identity-links", "{\"groupId\":\"college-cs-league\",\"type\":\"candidate\"}"),
        "candidate group");
    forbidden(http.postJson(party, path + "/identity-links", "{\"userId\":\"college-cs-league\",\"type\":\"owner\"}"),
        "owner link");
    forbidden(http.postJson(party, path + "/identity-links/delete", "{\"groupId\":\"" + party + "\",\"type\":\"candidate\"}"),
        "removing the candidate group");
    forbidden(http.postJson(party, path + "/delegate", "{\"userId\":\"college-econ-party\"}"), "delegate");
    forbidden(http.postJson(party, path + "/claim", "{\"userId\":\"college-cs-league\"}"), "claim for another");
    forbidden(http.put(party, path, "application/json", "{\"name\":\"改名\",\"owner\":\"college-cs-league\","
        + "\"assignee\":\"college-cs-league\",\"priority\":50}"), "PUT task");

    JsonNode after = http.get("admin", path).json();
    assertThat(after.get("assignee").isNull()).isTrue();
    assertThat(after.get("owner").isNull()).isTrue();
    assertThat(after.get("name").asText()).doesNotContain("改名");
    assertThat(identityLinks(taskId)).isEqualTo(linksBefore);
    assertThat(candidateGroups(taskId)).containsExactly(party);
    for (String outsider : List.of("college-cs-league", "college-econ-party")) {
      assertThat(http.get(outsider, "/engine-rest/task").json().findValuesAsText("id")).as(outsider).doesNotContain(taskId);
      assertThat(http.get(outsider, path).status()).as(outsider).isIn(403, 404);
      assertThat(http.postJson(outsider, path + "/complete", Http.variables("approved", true, "comment", "越权"))
          .status()).as(outsider).isIn(403, 404);
    }
    assertThat(http.get("college-econ-party", "/api/students/int-hand").status()).isEqualTo(403);

    assertThat(http.postJson(party, path + "/claim", "{\"userId\":\"" + party + "\"}").status()).isEqualTo(204);
    assertThat(http.get("admin", path).json().get("assignee").asText()).isEqualTo(party);
    assertThat(http.postJson(party, path + "/unclaim", "").status()).isEqualTo(204);
    assertThat(http.get("admin", path).json().get("assignee").isNull()).isTrue();
    complete(party, taskId, "approved", true, "comment", "同意推荐");
    approve("student-affairs", instanceId, "studentAffairsReview");
    approve("graduate-affairs", instanceId, "graduateAffairsReview");
    approve("youth-league", instanceId, "youthLeagueReview");
    approve("party-committee", instanceId, "partyCommitteeDecision");

    assertThat(outcome(instanceId)).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(candidates("school-su")).contains("int-hand");
    assertThat(decidedBy(instanceId, "collegePartyReview")).containsExactly(party, party);
  }

  @Test
  @DisplayName("Decision variables are read-only for the administrator too: PUT, POST modifications, DELETE and the"
      + " variables batch of approved, a review's mirror (collegePartyReviewApproved) or outcome → 403, nothing changed;"
      + " a variable that decides nothing is still set and deleted (incident repair) → CANDIDATE_CONFIRMED")
  void decisionVariablesReadOnlyForAdmin() {
    importStudents(student("int-admv", "cs", "cs2301"));
    String instanceId = startP1("int-admv");
    complete("college-cs-party", task("college-cs-party", instanceId, "collegePartyReview"),
        "approved", true, "comment", "同意推荐");
    String review = task("student-affairs", instanceId, "studentAffairsReview");
    String instance = "/engine-rest/process-instance/" + instanceId;
    String before = http.get("admin", instance + "/variables").body();
    assertThat(before).contains("collegePartyReviewApproved").doesNotContain("\"outcome\"");

    readOnly(http.put("admin", instance + "/variables/collegePartyReviewApproved", "application/json",
        "{\"value\":false,\"type\":\"Boolean\"}"), "collegePartyReviewApproved");
    readOnly(http.put("admin", instance + "/variables/outcome", "application/json",
        "{\"value\":\"CANDIDATE_CONFIRMED\"}"), "outcome");
    readOnly(http.put("admin", "/engine-rest/task/" + review + "/variables/approved", "application/json",
        "{\"value\":true,\"type\":\"Boolean\"}"), "approved");
    readOnly(http.put("admin", "/engine-rest/task/" + review + "/localVariables/approved", "application/json",
        "{\"value\":true,\"type\":\"Boolean\"}"), "approved");
    readOnly(http.postJson("admin", instance + "/variables", modifications("collegePartyReviewComment", "改写的意见")),
        "collegePartyReviewComment");
    readOnly(http.postJson("admin", instance + "/variables", "{\"deletions\":[\"collegePartyReviewApproved\"]}"),
        "collegePartyReviewApproved");
    readOnly(http.delete("admin", instance + "/variables/collegePartyReviewApproved"), "collegePartyReviewApproved");
    readOnly(http.postJson("admin", "/engine-rest/process-instance/variables-async", "{\"processInstanceIds\":[\""
        + instanceId + "\"],\"variables\":{\"outcome\":{\"value\":\"CANDIDATE_CONFIRMED\"}}}"), "outcome");
    assertThat(http.get("admin", instance + "/variables").body()).as("the instance's variables").isEqualTo(before);
    assertThat(http.get("admin", "/engine-rest/task/" + review + "/localVariables").json().has("approved")).isFalse();

    var repaired = http.put("admin", instance + "/variables/repairNote", "application/json", "{\"value\":\"已修复\"}");
    assertThat(repaired.status()).as(repaired.body()).isEqualTo(204);
    assertThat(http.get("admin", instance + "/variables/repairNote").json().get("value").asText()).isEqualTo("已修复");
    var removed = http.delete("admin", instance + "/variables/repairNote");
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    assertThat(http.get("admin", instance + "/variables/repairNote").status()).isEqualTo(404);

    complete("student-affairs", review, "approved", true, "comment", "同意");
    approve("graduate-affairs", instanceId, "graduateAffairsReview");
    approve("youth-league", instanceId, "youthLeagueReview");
    approve("party-committee", instanceId, "partyCommitteeDecision");
    assertThat(outcome(instanceId)).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(variable(instanceId, "collegePartyReviewApproved")).isEqualTo("true");
    assertThat(variable(instanceId, "collegePartyReviewComment")).isEqualTo("同意推荐");
  }

  @Test
  @DisplayName("P3: a nominee who moved to another college and failed two courses after the start is re-checked at the"
      + " decision: INELIGIBLE naming E3, appointed nowhere")
  void recordsAreRecheckedAtTheDecision() {
    importStudents(student("int-move", "cs", "cs2301"));
    var started = http.postJson("class-cs2301-branch", START + P3 + "/start", Http.variables("studentId", "int-move",
        "unionId", "cs-su", "post", "STAFF", "departmentId", "study"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    complete("college-cs-league", task("college-cs-league", instanceId, "collegeLeagueReview"), "approved", true,
        "comment", "同意", "conventionSignedAt", EngineRest.signedToday());

    var moved = http.postJson("admin", "/api/students", "[" + student("int-move", "econ", "ec2301")
        .replace("\"failedCourses\":0", "\"failedCourses\":2") + "]");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(http.get("admin", "/api/students/int-move").json().get("collegeId").asText()).isEqualTo("econ");
    approve("college-cs-party", instanceId, "collegePartyDecision");

    assertThat(outcome(instanceId)).as("outcome of a nominee who moved to econ and failed two courses after the start")
        .isEqualTo("INELIGIBLE");
    assertThat(variable(instanceId, "rejectionReason")).contains("E3").containsAnyOf("econ", "经济学院", "计算机学院");
    assertThat(roster("cs-su").findValuesAsText("studentId")).doesNotContain("int-move");
    assertThat(roster("econ-su").findValuesAsText("studentId")).doesNotContain("int-move");
  }

  @Test
  @DisplayName("D3: an investigation an administrator cancels with skipCustomListeners no longer marks the member"
      + " underInvestigation; the member stays and a new report can be decided")
  void cancelledInvestigationClears() {
    importStudents(student("int-d3c", "econ", "ec2301"));
    loadPresidium("econ-gsu", "int-d3c");
    String instanceId = report("int-d3c", "econ-gsu");
    assertThat(entry(roster("econ-gsu"), "int-d3c").get("underInvestigation").asBoolean()).isTrue();

    var cancelled = http.delete("admin", "/engine-rest/process-instance/" + instanceId + "?skipCustomListeners=true");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
    JsonNode member = entry(roster("econ-gsu"), "int-d3c");
    assertThat(member.get("underInvestigation").asBoolean()).as("marked after the cancel").isFalse();
    assertThat(jdbc.queryForObject("select count(*) from gov_investigation where process_instance_id = ?"
        + " and closed_at is null", Integer.class, instanceId)).isZero();

    String again = report("int-d3c", "econ-gsu");
    assertThat(entry(roster("econ-gsu"), "int-d3c").get("underInvestigation").asBoolean()).isTrue();
    complete("youth-league", task("youth-league", again, "investigate"), "handling", "UNFOUNDED", "findings", "查无实据");
    assertThat(outcome(again)).isEqualTo("UNFOUNDED");
    member = entry(roster("econ-gsu"), "int-d3c");
    assertThat(member.get("underInvestigation").asBoolean()).isFalse();
    assertThat(member.get("post").asText()).isEqualTo("PRESIDIUM");
  }

  // ---- steps ----

  /** An eligible student (E1–E3) of the college and class, as an element of the import's JSON array. */
  static String student(String studentId, String collegeId, String classId) {
    String major = collegeId.equals("cs") ? "计算机科学与技术" : "经济学";
    return "{\"studentId\":\"" + studentId + "\",\"name\":\"测试" + studentId + "\",\"collegeId\":\"" + collegeId
        + "\",\"classId\":\"" + classId + "\",\"major\":\"" + major + "\",\"grade\":2023,"
        + "\"politicalStatus\":\"CYL_MEMBER\",\"majorRank\":1,\"majorSize\":100,\"failedCourses\":0}";
  }

  void importStudents(String... students) {
    var imported = http.postJson("admin", "/api/students", "[" + String.join(",", students) + "]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  void loadPresidium(String unionId, String... studentIds) {
    List<String> members = new ArrayList<>();
    for (String id : studentIds) {
      members.add("{\"studentId\":\"" + id + "\",\"post\":\"PRESIDIUM\"}");
    }
    var loaded = http.postJson("admin", "/api/unions/" + unionId + "/roster", "[" + String.join(",", members) + "]");
    assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
  }

  String startP1(String studentId) {
    var started = http.postJson("college-cs-league", START + P1 + "/start", Http.variables("studentId", studentId,
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  String report(String studentId, String unionId) {
    var started = http.postJson("student-affairs", START + D3 + "/start", Http.variables("studentId", studentId,
        "unionId", unionId, "allegation", "冒用学生会名义对外联系", "reportedBy", "学生工作部"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  String task(String user, String instanceId, String taskKey) {
    return EngineRest.awaitTask(http, user, instanceId, taskKey).get("id").asText();
  }

  void approve(String user, String instanceId, String taskKey) {
    complete(user, task(user, instanceId, taskKey), "approved", true, "comment", "同意");
  }

  void complete(String user, String taskId, Object... variables) {
    var done = http.postJson(user, "/engine-rest/task/" + taskId + "/complete", Http.variables(variables));
    assertThat(done.status()).as(user + " completes " + taskId + ": " + done.body()).isEqualTo(204);
  }

  /** The user's open tasks of that key in a multi-instance scope, by the value of a variable of each (its subject). */
  Map<String, String> tasksByVariable(String user, String instanceId, String taskKey, String variable) {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey)
        .json();
    while (tasks.isEmpty() && java.time.Instant.now().isBefore(deadline)) {
      EngineRest.sleep();
      tasks = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey).json();
    }
    Map<String, String> bySubject = new LinkedHashMap<>();
    for (JsonNode task : tasks) {
      String taskId = task.get("id").asText();
      var value = http.get("admin", "/engine-rest/task/" + taskId + "/variables/" + variable);
      assertThat(value.status()).as(value.body()).isEqualTo(200);
      bySubject.put(value.json().get("value").asText(), taskId);
    }
    return bySubject;
  }

  Map<String, String> tasksByNominee(String user, String instanceId, String taskKey) {
    Map<String, String> tasks = tasksByVariable(user, instanceId, taskKey, "nomineeId");
    assertThat(tasks).as(taskKey + " of each nominee").hasSize(2);
    return tasks;
  }

  void awaitState(String instanceId, String state) {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    while (!state.equals(http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state")
        .asText()) && java.time.Instant.now().isBefore(deadline)) {
      EngineRest.sleep();
    }
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state").asText())
        .isEqualTo(state);
  }

  static String modifications(String name, Object value) {
    return "{\"modifications\"" + Http.variables(name, value).substring("{\"variables\"".length());
  }

  /** 400 with a message naming the variable, as CONTRACT.md "Decisions in user tasks" says. */
  static void refused(Http.Response response, String variable) {
    assertThat(response.status()).as("sending " + variable + ": " + response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).as("the refusal names " + variable).contains(variable);
  }

  /** 403 for the administrator too, in one Chinese sentence naming the decision variable. */
  static void readOnly(Http.Response response, String variable) {
    assertThat(response.status()).as("admin writes " + variable + ": " + response.body()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).as("the refusal")
        .contains("决策变量 " + variable + " 只读", "管理员也不能修改");
  }

  static void forbidden(Http.Response response, String what) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
  }

  String variableOrNull(String instanceId, String name) {
    JsonNode found = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=" + name).json();
    return found.isEmpty() ? null : found.get(0).get("value").asText();
  }

  String variable(String instanceId, String name) {
    String value = variableOrNull(instanceId, name);
    assertThat(value).as(name + " of " + instanceId).isNotNull();
    return value;
  }

  String outcome(String instanceId) {
    return variable(instanceId, "outcome");
  }

  long instances(String key) {
    return http.get("admin", "/engine-rest/history/process-instance/count?processDefinitionKey=" + key).json()
        .get("count").asLong();
  }

  static int year() {
    return Year.now(ZoneId.of("Asia/Shanghai")).getValue();
  }

  List<String> candidates(String unionId) {
    var response = http.get("admin", "/api/unions/" + unionId + "/candidates?year=" + year());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().findValuesAsText("studentId");
  }

  JsonNode roster(String unionId) {
    var response = http.get("admin", "/api/unions/" + unionId + "/roster");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("roster");
  }

  List<String> presidium(String unionId) {
    List<String> members = new ArrayList<>();
    for (JsonNode member : roster(unionId)) {
      if (member.get("post").asText().equals("PRESIDIUM")) {
        members.add(member.get("studentId").asText());
      }
    }
    return members;
  }

  static JsonNode entry(JsonNode roster, String studentId) {
    for (JsonNode member : roster) {
      if (member.get("studentId").asText().equals(studentId)) {
        return member;
      }
    }
    throw new AssertionError(studentId + " is not on the roster: " + roster);
  }

  JsonNode quota(String unionId, String rule) {
    for (JsonNode quota : http.get("admin", "/api/unions/" + unionId + "/quotas").json().get("quotas")) {
      if (quota.get("rule").asText().equals(rule)) {
        return quota;
      }
    }
    throw new AssertionError("no " + rule + " for " + unionId);
  }

  List<String> candidateGroups(String taskId) {
    List<String> groups = new ArrayList<>();
    for (JsonNode link : http.get("admin", "/engine-rest/task/" + taskId + "/identity-links?type=candidate").json()) {
      if (link.hasNonNull("groupId")) {
        groups.add(link.get("groupId").asText());
      }
    }
    return groups;
  }

  String identityLinks(String taskId) {
    return http.get("admin", "/engine-rest/task/" + taskId + "/identity-links").body();
  }

  String nominationStatus(String instanceId) {
    return jdbc.queryForObject("select status from gov_nomination where process_instance_id = ?", String.class,
        instanceId);
  }

  /** The office and the user of a step's latest decision, as the service recorded it (gov_decision). */
  List<String> decidedBy(String instanceId, String step) {
    return jdbc.queryForObject("select office, user_id from gov_decision where process_instance_id = ? and step = ?"
        + " order by id desc limit 1", (rs, row) -> List.of(rs.getString(1), rs.getString(2)), instanceId, step);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + json, e);
    }
  }
}
