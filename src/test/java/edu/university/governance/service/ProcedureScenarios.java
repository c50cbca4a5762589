package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, the public side: business keys and the case files at /api/procedures (CONTRACT.md "Procedures, their
 * case files and decision records"): the contents of a finished, a running, a cancelled and an ineligible P1, the
 * list's filters and order, and who may read. Each scenario nominates students of its own (imported as the
 * administrator), so the scenarios do not see each other's instances. Run on H2 ({@link H2ProceduresIT}) and
 * PostgreSQL ({@link PostgresProceduresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ProcedureScenarios {

  static final String START = "/engine-rest/process-definition/key/";
  static final String P1 = "school-presidium-candidacy";
  static final String PROCEDURES = "/api/procedures";
  static final String YEAR = Year.now(ZoneId.of("Asia/Shanghai")).toString();

  @LocalServerPort
  int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  @DisplayName("P1 confirmed: the case file names its subject, the outcome and the five decisions in order with"
      + " office, person, name, time and opinion")
  void finishedCaseFile() {
    importStudents(student("pr-done", 1));
    String id = nominate("pr-done");
    confirm(id, "学院党委同意推荐", "学工部同意", "研工部同意", "校团委同意", "党委决定确认");

    JsonNode file = ok(http.get("college-cs-league", PROCEDURES + "/" + id));
    assertThat(file.get("processInstanceId").asText()).isEqualTo(id);
    assertThat(file.get("processDefinitionKey").asText()).isEqualTo(P1);
    assertThat(file.get("businessKey").asText()).isEqualTo("P1-" + YEAR + "-pr-done");
    assertThat(file.get("state").asText()).isEqualTo("ENDED");
    assertThat(file.get("outcome").asText()).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(file.get("reason").isNull()).isTrue();
    JsonNode subject = file.get("subject");
    assertThat(subject.get("studentId").asText()).isEqualTo("pr-done");
    assertThat(subject.get("name").asText()).isEqualTo("测试pr-done");
    assertThat(subject.get("collegeId").asText()).isEqualTo("cs");
    assertThat(subject.get("collegeName").asText()).isNotBlank();
    assertThat(subject.get("unionId").asText()).isEqualTo("school-su");
    assertThat(subject.get("unionName").asText()).isEqualTo("校级学生会");
    assertThat(file.get("startedBy").asText()).isEqualTo("college-cs-league");
    OffsetDateTime startedAt = chinaTime(file.get("startedAt").asText());
    OffsetDateTime endedAt = chinaTime(file.get("endedAt").asText());
    assertThat(endedAt).isAfterOrEqualTo(startedAt);

    JsonNode decisions = file.get("decisions");
    assertThat(decisions).hasSize(5);
    List<String> steps = Reviewers.P1_STEPS;
    List<String> offices = List.of("college-cs-party", "student-affairs", "graduate-affairs", "youth-league",
        "party-committee");
    List<String> comments = List.of("学院党委同意推荐", "学工部同意", "研工部同意", "校团委同意", "党委决定确认");
    OffsetDateTime previous = startedAt;
    for (int i = 0; i < 5; i++) {
      JsonNode decision = decisions.get(i);
      assertThat(decision.get("step").asText()).as("decision %d", i).isEqualTo(steps.get(i));
      assertThat(decision.get("stepName").asText()).isNotBlank();
      assertThat(decision.get("office").asText()).isEqualTo(offices.get(i));
      assertThat(decision.get("userId").asText()).isEqualTo(offices.get(i));
      assertThat(decision.get("userName").asText()).isEqualTo(userName(offices.get(i)));
      OffsetDateTime decidedAt = chinaTime(decision.get("decidedAt").asText());
      assertThat(decidedAt).isAfterOrEqualTo(previous).isBeforeOrEqualTo(endedAt);
      previous = decidedAt;
      assertThat(decision.get("approved").asBoolean()).isTrue();
      assertThat(decision.get("comment").asText()).isEqualTo(comments.get(i));
    }

    // the engine's history carries the same key
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + id).json().get("businessKey").asText())
        .isEqualTo("P1-" + YEAR + "-pr-done");
  }

  @Test
  @DisplayName("Who may read a finished case file: the starting league, a deciding office and the administrator;"
      + " not another college's league or Party organisation (403), nobody anonymous (401); an unknown id is 404")
  void accessToCaseFile() {
    importStudents(student("pr-acc", 1));
    String id = nominate("pr-acc");
    decide("college-cs-party", id, "collegePartyReview", "同意");
    decide("student-affairs", id, "studentAffairsReview", "学工部不同意：材料不全", false);
    decide("graduate-affairs", id, "graduateAffairsReview", "同意");
    decide("youth-league", id, "youthLeagueReview", "同意");

    for (String reader : List.of("college-cs-league", "student-affairs", "college-cs-party", "admin")) {
      JsonNode file = ok(http.get(reader, PROCEDURES + "/" + id));
      assertThat(file.get("outcome").asText()).as(reader).isEqualTo("REJECTED");
      assertThat(file.get("reason").asText()).as(reader).contains("学工部不同意：材料不全");
    }
    JsonNode refusal = ok(http.get("admin", PROCEDURES + "/" + id)).get("decisions").get(1);
    assertThat(refusal.get("approved").asBoolean()).isFalse();
    assertThat(refusal.get("comment").asText()).isEqualTo("学工部不同意：材料不全");
    for (String stranger : List.of("college-econ-league", "college-econ-party", "class-ec2301-branch")) {
      var denied = http.get(stranger, PROCEDURES + "/" + id);
      assertThat(denied.status()).as(stranger + ": " + denied.body()).isEqualTo(403);
    }
    assertThat(http.get(null, PROCEDURES + "/" + id).status()).isEqualTo(401);
    assertThat(http.get(null, PROCEDURES).status()).isEqualTo(401);
    var unknown = http.get("admin", PROCEDURES + "/no-such-instance");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(http.get("college-cs-league", PROCEDURES + "/no-such-instance").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("A running P1: state RUNNING with no outcome or end, the decisions so far; readable by the office"
      + " that holds its task now, not by another college")
  void runningCaseFile() {
    importStudents(student("pr-run", 1));
    String id = nominate("pr-run");
    decide("college-cs-party", id, "collegePartyReview", "同意推荐");
    EngineRest.awaitTask(http, "youth-league", id, "youthLeagueReview");

    JsonNode file = ok(http.get("youth-league", PROCEDURES + "/" + id));
    assertThat(file.get("state").asText()).isEqualTo("RUNNING");
    assertThat(file.get("outcome").isNull()).isTrue();
    assertThat(file.get("endedAt").isNull()).isTrue();
    assertThat(file.get("businessKey").asText()).isEqualTo("P1-" + YEAR + "-pr-run");
    assertThat(file.get("decisions")).hasSize(1);
    assertThat(file.get("decisions").get(0).get("office").asText()).isEqualTo("college-cs-party");
    assertThat(http.get("college-econ-league", PROCEDURES + "/" + id).status()).isEqualTo(403);
    assertThat(http.get("college-econ-party", PROCEDURES + "/" + id).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("A P1 the administrator cancelled: state CANCELLED with the reason, no outcome; the league still reads it")
  void cancelledCaseFile() {
    importStudents(student("pr-cancel", 1));
    String id = nominate("pr-cancel");
    assertThat(http.delete("admin", "/engine-rest/process-instance/" + id).status()).isEqualTo(204);

    JsonNode file = ok(http.get("college-cs-league", PROCEDURES + "/" + id));
    assertThat(file.get("state").asText()).isEqualTo("CANCELLED");
    assertThat(file.get("outcome").isNull()).isTrue();
    assertThat(file.get("reason").asText()).isNotBlank();
    assertThat(file.get("endedAt").isNull()).isFalse();
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?state=CANCELLED&studentId=pr-cancel"))))
        .containsExactly(id);
  }

  @Test
  @DisplayName("E2: an ineligible nominee's P1 ends at once; the nominating league sees INELIGIBLE with the rule and"
      + " figures in its case file and its list")
  void ineligibleVisibleToNominator() {
    importStudents(student("pr-inel", 41));
    String id = nominate("pr-inel");

    JsonNode file = ok(http.get("college-cs-league", PROCEDURES + "/" + id));
    assertThat(file.get("state").asText()).isEqualTo("ENDED");
    assertThat(file.get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(file.get("reason").asText()).contains("E2").contains("41");
    assertThat(file.get("decisions")).isEmpty();
    JsonNode listed = ok(http.get("college-cs-league", PROCEDURES + "?outcome=INELIGIBLE&studentId=pr-inel"));
    assertThat(ids(listed)).containsExactly(id);
    assertThat(listed.get(0).get("reason").asText()).contains("E2");
    assertThat(listed.get(0).has("decisions")).as("the list has no decisions").isFalse();
    assertThat(http.get("college-econ-league", PROCEDURES + "/" + id).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("The case-file page (流程档案): the same access as the JSON; in Chinese the subject, the outcome, the"
      + " approval record with names and times, and the diagram with the path taken and the current step")
  void caseFilePage() {
    importStudents(student("pr-page", 1), student("pr-page2", 1));
    String done = nominate("pr-page");
    decide("college-cs-party", done, "collegePartyReview", "同意推荐");
    decide("student-affairs", done, "studentAffairsReview", "学工部不同意：材料不全", false);
    decide("graduate-affairs", done, "graduateAffairsReview", "同意");
    decide("youth-league", done, "youthLeagueReview", "同意");

    var page = http.getAccepting("college-cs-league", "/case-files/" + done, "text/html");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("流程档案").contains("P1-" + YEAR + "-pr-page").contains("测试pr-page")
        .contains("已结束").contains("未获同意").contains("学工部不同意：材料不全").contains(userName("student-affairs"))
        .containsPattern("<td>" + YEAR + "-\\d\\d-\\d\\d \\d\\d:\\d\\d</td><td>学院党组织审核同意（P1.2）");
    // the path: the Party organisation's review and the refusal's end were passed; the Party committee was not
    assertThat(page.body()).contains("<svg").containsPattern("class=\"shape userTask passed\" data-element=\"collegePartyReview\"")
        .containsPattern("class=\"shape userTask idle\" data-element=\"partyCommitteeDecision\"")
        .doesNotContain("class=\"shape userTask current\"");

    String running = nominate("pr-page2");
    decide("college-cs-party", running, "collegePartyReview", "同意推荐");
    EngineRest.awaitTask(http, "youth-league", running, "youthLeagueReview");
    var open = http.getAccepting("youth-league", "/case-files/" + running, "text/html");
    assertThat(open.status()).as(open.body()).isEqualTo(200);
    assertThat(open.body()).contains("进行中").contains("当前步骤").contains("待认领")
        .containsPattern("class=\"shape userTask current\" data-element=\"youthLeagueReview\"")
        .containsPattern("class=\"shape userTask passed\" data-element=\"collegePartyReview\"");

    for (String stranger : List.of("college-econ-league", "college-econ-party")) {
      var denied = http.getAccepting(stranger, "/case-files/" + done, "text/html");
      assertThat(denied.status()).as(stranger).isEqualTo(403);
      assertThat(denied.body()).contains("无权查看").doesNotContain("测试pr-page");
    }
    var anonymous = http.getAccepting(null, "/case-files/" + done, "text/html");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("请先登录");
    assertThat(http.getAccepting("admin", "/case-files/no-such-instance", "text/html").status()).isEqualTo(404);

    var mine = http.getAccepting("college-cs-league", "/case-files?studentId=pr-page", "text/html");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains("我的流程").contains("/case-files/" + done).contains("未获同意")
        .contains("学工部不同意：材料不全").doesNotContain("/case-files/" + running);
    assertThat(http.getAccepting("college-econ-league", "/case-files?studentId=pr-page", "text/html").body())
        .contains("没有符合条件的流程").doesNotContain(done);
  }

  @Test
  @DisplayName("The confirmed candidates' announcement (公示): a printable Chinese page on the candidates' own path, by"
      + " Accept, with number, 学号, name, college, basis and date; an unknown union is a page too; anonymous 401")
  void candidatesAnnouncement() {
    importStudents(student("pr-pub", 1));
    String id = nominate("pr-pub");
    confirm(id, "同意", "同意", "同意", "同意", "确定为候选人");

    var page = http.getAccepting("college-cs-league", "/api/unions/school-su/candidates?year=" + YEAR, "text/html");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("校级学生会 " + YEAR + " 年度候选人公示").contains("现予公示")
        .containsPattern("<td>\\d+</td><td>pr-pub</td><td>测试pr-pub</td><td>计算机学院</td><td>cs2301</td>"
            + "<td>各领域优秀学生典型</td><td>" + YEAR + "-\\d\\d-\\d\\d</td>");
    assertThat(http.get("college-cs-league", "/api/unions/school-su/candidates?year=" + YEAR).body())
        .as("JSON without Accept").startsWith("[").contains("pr-pub");
    var unknown = http.getAccepting("admin", "/api/unions/no-such-union/candidates?year=" + YEAR, "text/html");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("no-such-union").contains("不存在");
    assertThat(http.getAccepting(null, "/api/unions/school-su/candidates?year=" + YEAR, "text/html").status())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("The list: what the caller's groups started or decided in (administrators: all), newest first,"
      + " filtered by process key, state, outcome, student and year")
  void listFiltersAndOrder() {
    importStudents(student("pr-l1", 1), student("pr-l2", 1), student("pr-l3", 41));
    String first = nominate("pr-l1");
    String second = nominate("pr-l2");
    String third = nominate("pr-l3");
    decide("college-cs-party", first, "collegePartyReview", "同意");

    List<String> mine = ids(ok(http.get("college-cs-league", PROCEDURES)));
    assertThat(mine).contains(first, second, third);
    assertThat(mine.indexOf(third)).as("newest first").isLessThan(mine.indexOf(second));
    assertThat(mine.indexOf(second)).isLessThan(mine.indexOf(first));
    List<String> all = ids(ok(http.get("admin", PROCEDURES)));
    assertThat(all).contains(first, second, third);
    assertThat(all.indexOf(third)).isLessThan(all.indexOf(first));

    assertThat(ids(ok(http.get("college-econ-league", PROCEDURES)))).doesNotContain(first, second, third);
    assertThat(ids(ok(http.get("college-cs-party", PROCEDURES)))).as("the office decided in the first only")
        .contains(first).doesNotContain(second, third);

    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?studentId=pr-l2")))).containsExactly(second);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?processDefinitionKey=" + P1))))
        .contains(first, second, third);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?processDefinitionKey=college-nomination"))))
        .doesNotContain(first, second, third);
    List<String> running = ids(ok(http.get("college-cs-league", PROCEDURES + "?state=RUNNING")));
    assertThat(running).contains(first, second).doesNotContain(third);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?state=ENDED")))).contains(third)
        .doesNotContain(first, second);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?outcome=INELIGIBLE")))).contains(third)
        .doesNotContain(first, second);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?year=" + YEAR)))).contains(first, second, third);
    assertThat(ids(ok(http.get("college-cs-league", PROCEDURES + "?year=2020")))).isEmpty();
    assertThat(ids(ok(http.get("admin", PROCEDURES + "?processDefinitionKey=" + P1 + "&state=RUNNING&studentId=pr-l1"
        + "&year=" + YEAR)))).containsExactly(first);

    JsonNode entry = ok(http.get("college-cs-league", PROCEDURES + "?studentId=pr-l1")).get(0);
    assertThat(entry.get("businessKey").asText()).isEqualTo("P1-" + YEAR + "-pr-l1");
    assertThat(entry.get("subject").get("name").asText()).isEqualTo("测试pr-l1");
    assertThat(entry.get("state").asText()).isEqualTo("RUNNING");
    assertThat(entry.has("decisions")).isFalse();

    assertThat(http.get("college-cs-league", PROCEDURES + "?state=DONE").status()).isEqualTo(400);
    assertThat(http.get("college-cs-league", PROCEDURES + "?year=twenty").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("A business key sent by the caller is replaced by the service's own")
  void callersBusinessKeyReplaced() {
    importStudents(student("pr-key", 1));
    String body = Http.variables("studentId", "pr-key", "unionId", "school-su", "basis", "OUTSTANDING_STUDENT",
        "statement", "成绩优秀").replaceFirst("\\}$", ",\"businessKey\":\"my-own-key\"}");
    var started = http.postJson("college-cs-league", START + P1 + "/start", body);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    assertThat(ok(http.get("college-cs-league", PROCEDURES + "/" + id)).get("businessKey").asText())
        .isEqualTo("P1-" + YEAR + "-pr-key");
    assertThat(http.get("admin", "/engine-rest/process-instance?businessKey=P1-" + YEAR + "-pr-key").json())
        .hasSize(1);
  }

  @Test
  @DisplayName("O1 over HTTP: econ-su's presidium starts its work report, a second start is refused naming the first,"
      + " the college league and Party organisation hear it → HEARD in the case file; a cancelled report may start again")
  void workReportHeard() {
    String o1 = "union-work-report";
    String semester = "2031-2032-1";
    var started = http.postJson("union-econ-su", START + o1 + "/start", Http.variables("unionId", "econ-su",
        "semester", semester));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    var again = http.postJson("union-econ-su", START + o1 + "/start", Http.variables("unionId", "econ-su",
        "semester", semester));
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.body()).contains("O1-" + semester + "-econ-su").contains("每学期只汇报一次");

    String submit = EngineRest.awaitTask(http, "union-econ-su", id, "submitWorkReport").get("id").asText();
    assertThat(http.postJson("union-econ-su", "/engine-rest/task/" + submit + "/complete", Http.variables("workDone",
        "开展学风建设月", "workPlans", "筹备文化节")).status()).isEqualTo(204);
    String league = EngineRest.awaitTask(http, "college-econ-league", id, "collegeLeagueHearing").get("id").asText();
    assertThat(http.postJson("college-econ-league", "/engine-rest/task/" + league + "/complete",
        Http.variables("comment", "已审阅")).status()).isEqualTo(204);
    String party = EngineRest.awaitTask(http, "college-econ-party", id, "partyHearing").get("id").asText();
    var unheard = http.postJson("college-econ-party", "/engine-rest/task/" + party + "/complete",
        Http.variables("instructions", "按计划推进"));
    assertThat(unheard.status()).as(unheard.body()).isEqualTo(400);
    assertThat(unheard.body()).contains("O1").contains("comment");
    assertThat(http.postJson("college-econ-party", "/engine-rest/task/" + party + "/complete",
        Http.variables("comment", "已听取", "instructions", "按计划推进")).status()).isEqualTo(204);

    JsonNode file = ok(http.get("union-econ-su", PROCEDURES + "/" + id));
    assertThat(file.get("businessKey").asText()).isEqualTo("O1-" + semester + "-econ-su");
    assertThat(file.get("outcome").asText()).isEqualTo("HEARD");
    assertThat(file.get("subject").get("semester").asText()).isEqualTo(semester);
    List<String> offices = new ArrayList<>();
    file.get("decisions").forEach(decision -> offices.add(decision.get("office").asText()));
    assertThat(offices).containsExactly("union-econ-su", "college-econ-league", "college-econ-party");

    String next = "2031-2032-2";
    var cancelled = http.postJson("union-econ-su", START + o1 + "/start", Http.variables("unionId", "econ-su",
        "semester", next));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(http.delete("admin", "/engine-rest/process-instance/" + cancelled.json().get("id").asText()
        + "?skipCustomListeners=true").status()).isEqualTo(204);
    assertThat(http.postJson("union-econ-su", START + o1 + "/start", Http.variables("unionId", "econ-su",
        "semester", next)).status()).as("the cancelled report left no record").isEqualTo(200);
  }

  // ---- helpers ----

  /** A student of cs class cs2301, League member, ranked as given of 100 in the major (41: fails E2). */
  static String student(String studentId, int rank) {
    return "{\"studentId\":\"" + studentId + "\",\"name\":\"测试" + studentId + "\",\"collegeId\":\"cs\","
        + "\"classId\":\"cs2301\",\"major\":\"计算机科学与技术\",\"grade\":2023,\"politicalStatus\":\"CYL_MEMBER\","
        + "\"majorRank\":" + rank + ",\"majorSize\":100,\"failedCourses\":0}";
  }

  void importStudents(String... students) {
    var imported = http.postJson("admin", "/api/students", "[" + String.join(",", students) + "]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  String nominate(String studentId) {
    var started = http.postJson("college-cs-league", START + P1 + "/start", Http.variables("studentId", studentId,
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** A cs nominee's P1 agreed at every step by its office, with these opinions in step order. */
  void confirm(String instanceId, String... opinions) {
    for (int i = 0; i < Reviewers.P1_STEPS.size(); i++) {
      decide(Reviewers.of(Reviewers.P1_STEPS.get(i), "cs"), instanceId, Reviewers.P1_STEPS.get(i), opinions[i]);
    }
  }

  void decide(String user, String instanceId, String taskKey, String comment) {
    decide(user, instanceId, taskKey, comment, true);
  }

  void decide(String user, String instanceId, String taskKey, String comment, boolean approved) {
    String taskId = EngineRest.awaitTask(http, user, instanceId, taskKey).get("id").asText();
    var done = http.postJson(user, "/engine-rest/task/" + taskId + "/complete",
        Http.variables("approved", approved, "comment", comment));
    assertThat(done.status()).as(user + " completes " + taskKey + ": " + done.body()).isEqualTo(204);
  }

  /** The Camunda user's first and last name, as the case file gives it. */
  String userName(String userId) {
    JsonNode profile = http.get("admin", "/engine-rest/user/" + userId + "/profile").json();
    return (profile.get("firstName").asText("") + " " + profile.path("lastName").asText("")).strip();
  }

  static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    StreamSupport.stream(list.spliterator(), false).forEach(entry -> ids.add(entry.get("processInstanceId").asText()));
    return ids;
  }

  /** An ISO-8601 time with the offset of Asia/Shanghai. */
  static OffsetDateTime chinaTime(String text) {
    OffsetDateTime time = OffsetDateTime.parse(text);
    assertThat(time.getOffset().getTotalSeconds()).as(text).isEqualTo(8 * 3600);
    return time;
  }
}
