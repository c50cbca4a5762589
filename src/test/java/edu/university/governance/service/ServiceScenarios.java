package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service through real HTTP, with its demo organisation: security, start validation, records and
 * one full P1 run. Run on H2 ({@link H2ServiceIT}) and on PostgreSQL ({@link PostgresServiceIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ServiceScenarios {

  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy";

  @LocalServerPort
  int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  String nominationVariables(String studentId, String unionId) {
    return Http.variables("studentId", studentId, "unionId", unionId, "basis", "OUTSTANDING_STUDENT",
        "statement", "成绩优秀，服务同学");
  }

  long instanceCount() {
    return http.get("admin", "/engine-rest/history/process-instance/count?processDefinitionKey=school-presidium-candidacy")
        .json().get("count").asLong();
  }

  /** The open task of an instance that the user can see, waiting for the job executor where the model is asynchronous. */
  JsonNode awaitTask(String user, String instanceId, String taskKey) {
    return EngineRest.awaitTask(http, user, instanceId, taskKey);
  }

  static void sleep() {
    EngineRest.sleep();
  }

  @Test
  @DisplayName("Security: anonymous requests to engine-rest and /api get 401, and so does a wrong password")
  void anonymousRefused() {
    List<String> open = new ArrayList<>();
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/process-instance",
        "/engine-rest/user", "/engine-rest/group", "/engine-rest/history/process-instance", "/engine-rest/deployment",
        "/api/colleges", "/api/unions", "/api/students/2023001", "/api/unions/school-su/quotas",
        "/api/unions/school-su/roster", "/api/unions/school-su/departments", "/camunda/api/engine/engine/default/task")) {
      if (http.get(null, path).status() != 401) {
        open.add("GET " + path);
      }
    }
    for (String path : List.of(P1 + "/start", P1 + "/submit-form", "/engine-rest/user/create", "/api/students",
        "/api/colleges", "/api/unions/school-su/roster")) {
      if (http.postJson(null, path, "{}").status() != 401) {
        open.add("POST " + path);
      }
    }
    assertThat(open).as("endpoints answering without authentication").isEmpty();
    assertThat(http.withPassword("review-board", "wrong", "/api/colleges").status()).isEqualTo(401);
    assertThat(http.withPassword("review-board", "wrong", "/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("Login: 60 wrong guesses at admin's password from another address (127.0.0.2), on every channel, never stop"
      + " the right password from 127.0.0.1 nor lock the account; the guesser is slowed with 429 and Retry-After")
  void strangerCannotLockOut() throws Exception {
    FromAddress guesser = new FromAddress("127.0.0.2", port);
    Webapp colleague = new Webapp(port);
    int refused = 0;
    List<FromAddress.Answer> throttled = new ArrayList<>();
    for (int guess = 0; guess < 60; guess++) {
      FromAddress.Answer answer = switch (guess % 3) {
        case 0 -> guesser.getBasic("/engine-rest/task", "admin", "guess-" + guess);
        case 1 -> guesser.getBasic("/api/colleges", "admin", "guess-" + guess);
        default -> guesser.webappLogin("cockpit", "admin", "guess-" + guess);
      };
      assertThat(answer.status()).as("guess " + guess + ": " + answer.body()).isIn(401, 429);
      if (answer.status() == 401) {
        refused++;
      } else {
        throttled.add(answer);
      }
      // right after each guess, the real admin from the usual address: never delayed, never locked
      int right = switch (guess % 3) {
        case 0 -> http.get("admin", "/engine-rest/task?maxResults=1").status();
        case 1 -> http.get("admin", "/api/colleges").status();
        default -> colleague.login("cockpit", "admin", "admin").status();
      };
      assertThat(right).as("admin's right password after guess " + guess).isEqualTo(200);
      Thread.sleep(250);
    }
    // more wrong passwords reached the check than Camunda's default loginMaxAttempts (10), which would have locked admin
    assertThat(refused).as("guesses whose password was checked").isGreaterThan(10).isLessThan(30);
    assertThat(throttled).as("guesses slowed down").isNotEmpty();
    for (FromAddress.Answer answer : throttled) {
      assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
      assertThat(answer.body()).contains("\"status\":429").contains("登录失败次数过多").contains("秒后再试");
    }
    Integer attempts = jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = 'admin'", Integer.class);
    java.sql.Timestamp lockedUntil = jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = 'admin'",
        java.sql.Timestamp.class);
    assertThat(lockedUntil == null || !lockedUntil.toInstant().isAfter(Instant.now())).as("admin locked until " + lockedUntil)
        .isTrue();
    assertThat(attempts == null ? 0 : attempts).isZero();

    // once it has waited, the right password from the guessing address works and forgives its failures
    FromAddress.Answer last = guesser.getBasic("/api/colleges", "admin", "admin");
    if (last.status() == 429) {
      Thread.sleep(Integer.parseInt(last.header("Retry-After")) * 1000L + 200);
      last = guesser.getBasic("/api/colleges", "admin", "admin");
    }
    assertThat(last.status()).as(last.body()).isEqualTo(200);
    assertThat(guesser.getBasic("/engine-rest/task", "admin", "one-more-typo").status()).isEqualTo(401);
    assertThat(guesser.getBasic("/engine-rest/task?maxResults=1", "admin", "admin").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Security: a user of college econ cannot list, read, claim or complete college cs's task, nor nominate for cs")
  void collegesAreIsolated() {
    var started = http.postJson("college-cs-league", P1 + "/start", nominationVariables("2023002", "school-gsu"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    String taskId = awaitTask("college-cs-party", instanceId, "collegePartyReview").get("id").asText();

    assertThat(http.get("college-econ-party", "/engine-rest/task").json().findValuesAsText("id")).doesNotContain(taskId);
    assertThat(http.get("college-econ-party", "/engine-rest/task/" + taskId).status()).isIn(403, 404);
    assertThat(http.postJson("college-econ-party", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"college-econ-party\"}")
        .status()).isIn(403, 404);
    assertThat(http.postJson("college-econ-party", "/engine-rest/task/" + taskId + "/complete",
        Http.variables("approved", true, "comment", "越权")).status()).isIn(403, 404);
    assertThat(http.get("college-econ-party", "/engine-rest/process-instance/" + instanceId + "/variables").status())
        .isIn(403, 404);
    assertThat(http.get("college-cs-party", "/engine-rest/task/" + taskId).status()).isEqualTo(200);

    var foreign = http.postJson("college-econ-league", P1 + "/start", nominationVariables("2024002", "school-su"));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("message").asText()).contains("P1.1").contains("college-cs-league");
    var econStudentRecord = http.get("college-econ-league", "/api/students/2023001");
    assertThat(econStudentRecord.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("Start validation: /start and /submit-form refuse bad input with a clear 400 and leave no instance")
  void startValidation() {
    long before = instanceCount();
    record Case(String body, String expected) {
    }
    List<Case> cases = List.of(
        new Case("{}", "缺少 studentId"),
        new Case(Http.variables("studentId", 2023001, "unionId", "school-su", "basis", "OUTSTANDING_STUDENT",
            "statement", "x"), "studentId（学号）应为字符串"),
        new Case(nominationVariables("9999999", "school-su"), "学号 9999999 不存在"),
        new Case(nominationVariables("2023001", "mars-su"), "学生组织 mars-su 不存在"),
        new Case(nominationVariables("2023001", "cs-su"), "cs-su 是院级组织"),
        new Case(Http.variables("studentId", "2023001", "unionId", "school-su", "basis", "BEST_FRIEND",
            "statement", "x"), "basis（推荐依据）应为"),
        new Case(Http.variables("studentId", "2023001", "unionId", "school-su", "basis", "OUTSTANDING_STUDENT",
            "statement", "长".repeat(2001)), "不能超过 2000 个字符"));
    for (String endpoint : List.of("/start", "/submit-form")) {
      for (Case c : cases) {
        var response = http.postJson("college-cs-league", P1 + endpoint, c.body());
        assertThat(response.status()).as(endpoint + " " + c.expected() + ": " + response.body()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains(c.expected());
      }
    }
    assertThat(instanceCount()).isEqualTo(before);
  }

  @Test
  @DisplayName("P1 end to end through REST: start as the college league, each task as its group → CANDIDATE_CONFIRMED")
  void fullCandidacy() {
    var started = http.postJson("college-cs-league", P1 + "/submit-form", nominationVariables("2023001", "school-su"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    var duplicate = http.postJson("college-cs-league", P1 + "/start", nominationVariables("2023001", "school-su"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("message").asText()).contains("不能同时被重复提名");

    decide("college-cs-party", instanceId, "collegePartyReview", "同意推荐");
    decide("student-affairs", instanceId, "studentAffairsReview", "学工部同意");
    decide("graduate-affairs", instanceId, "graduateAffairsReview", "研工部同意");
    decide("youth-league", instanceId, "youthLeagueReview", "校团委同意");
    // the Party committee's form shows who decided what before it, from the decision record, with names
    String decisionTask = awaitTask("party-committee", instanceId, "partyCommitteeDecision").get("id").asText();
    String record = http.get("party-committee", "/engine-rest/task/" + decisionTask
        + "/form-variables?variableNames=approvalRecord").json().get("approvalRecord").get("value").asText();
    assertThat(record.split("\n")).hasSize(4);
    // offices by their group names (Camunda Admin's), people by theirs
    assertThat(record).contains("学院党组织审核同意（P1.2） 计算机学院党组织 ").contains("同意推荐")
        .contains("校团委审核（P1.3） 校团委 ").contains("校团委同意").doesNotContain("系统")
        .doesNotContain("college-cs-party");
    decide("party-committee", instanceId, "partyCommitteeDecision", "党委同意");

    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json();
    assertThat(valueOf(variables, "outcome")).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(valueOf(variables, "studentAffairsReviewComment")).isEqualTo("学工部同意");
    assertThat(valueOf(variables, "youthLeagueReviewComment")).isEqualTo("校团委同意");
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state").asText())
        .isEqualTo("COMPLETED");
    int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
    JsonNode candidates = http.get("party-committee", "/api/unions/school-su/candidates?year=" + year).json();
    assertThat(candidates.findValuesAsText("studentId")).contains("2023001");
    assertThat(http.get("party-committee", "/api/unions/school-gsu/candidates?year=" + year).json()
        .findValuesAsText("studentId")).doesNotContain("2023001");
  }

  void decide(String user, String instanceId, String taskKey, String comment) {
    String taskId = awaitTask(user, instanceId, taskKey).get("id").asText();
    var form = http.get(user, "/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isIn("candidacy-review", "candidacy-decision");
    var bad = http.postJson(user, "/engine-rest/task/" + taskId + "/submit-form", Http.variables("approved", "是"));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    var done = http.postJson(user, "/engine-rest/task/" + taskId + "/submit-form",
        Http.variables("approved", true, "comment", comment));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  static String valueOf(JsonNode variables, String name) {
    return EngineRest.valueOf(variables, name);
  }

  @Test
  @DisplayName("Tasklist: a demo user logs in to Tasklist only; the webapp's engine API refuses a foreign start with 400")
  void tasklistLogin() {
    Webapp browser = new Webapp(port);
    var login = browser.login("tasklist", "college-econ-league", "demo");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    assertThat(browser.getEngine("/filter").json().findValuesAsText("name")).contains("我的任务", "我的组任务");
    // the webapps join first and last name with a space: a Chinese name is whole in the first name
    var profile = browser.getEngine("/user/college-econ-league/profile").json();
    assertThat(profile.get("firstName").asText()).isEqualTo("经济学院团组织（演示）");
    String definitionId = browser.getEngine("/process-definition/key/school-presidium-candidacy").json().get("id").asText();
    var form = browser.getEngine("/process-definition/" + definitionId + "/deployed-start-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("school-presidium-candidacy-start");

    long before = instanceCount();
    var foreign = browser.postEngine("/process-definition/" + definitionId + "/submit-form",
        nominationVariables("2023001", "school-su"));
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
    assertThat(foreign.json().get("message").asText()).contains("P1.1");
    assertThat(instanceCount()).isEqualTo(before);

    assertThat(new Webapp(port).login("cockpit", "college-econ-league", "demo").status()).isIn(401, 403);
    assertThat(new Webapp(port).login("cockpit", "admin", "admin").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Concurrency (P1.3): the three offices complete at the same moment, eight times: every completion succeeds"
      + " and the Party committee's task is there at once")
  void simultaneousJointReview() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 8; round++) {
        var started = http.postJson("college-econ-league", P1 + "/start", nominationVariables("2023101", "school-su"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        decide("college-econ-party", instanceId, "collegePartyReview", "同意推荐");
        var gate = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Http.Response>> answers = new ArrayList<>();
        for (String[] office : new String[][] {{"student-affairs", "studentAffairsReview"},
            {"graduate-affairs", "graduateAffairsReview"}, {"youth-league", "youthLeagueReview"}}) {
          String taskId = awaitTask(office[0], instanceId, office[1]).get("id").asText();
          answers.add(pool.submit(() -> {
            gate.await();
            return http.postJson(office[0], "/engine-rest/task/" + taskId + "/complete",
                Http.variables("approved", true, "comment", "同意"));
          }));
        }
        gate.countDown();
        for (var answer : answers) {
          Http.Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
          assertThat(response.status()).as("round " + round + ": " + response.body()).isEqualTo(204);
        }
        JsonNode decision = http.get("party-committee", "/engine-rest/task?processInstanceId=" + instanceId
            + "&taskDefinitionKey=partyCommitteeDecision").json();
        assertThat(decision.size()).as("round " + round + ": the Party committee's task, right after the reviews").isEqualTo(1);
        // one confirmed candidacy per student, union and year: the Party committee confirms in the last round only
        boolean last = round == 7;
        assertThat(http.postJson("party-committee", "/engine-rest/task/" + decision.get(0).get("id").asText() + "/complete",
            Http.variables("approved", last, "comment", last ? "同意" : "本轮不同意")).status()).isEqualTo(204);
        JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json();
        assertThat(valueOf(variables, "outcome")).isEqualTo(last ? "CANDIDATE_CONFIRMED" : "REJECTED");
        assertThat(valueOf(variables, "graduateAffairsReviewComment")).isEqualTo("同意");
      }
    } finally {
      pool.shutdownNow();
    }
    var again = http.postJson("college-econ-league", P1 + "/start", nominationVariables("2023101", "school-su"));
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).startsWith("启动被拒绝（P1）：学生 2023101")
        .contains("年的主席团候选人");
  }

  @Test
  @DisplayName("Clean messages: a refused start and a refused completion answer the service's message alone (no engine"
      + " prefix, no id), through engine-rest and the webapps' engine API, with the same status")
  void refusalMessagesAreClean() {
    for (String endpoint : List.of("/start", "/submit-form")) {
      assertClean(http.postJson("college-cs-league", P1 + endpoint, nominationVariables("9999999", "school-su")),
          400, "启动被拒绝：");
    }
    var started = http.postJson("college-econ-league", P1 + "/start", nominationVariables("2023102", "school-gsu"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    String taskId = awaitTask("college-econ-party", instanceId, "collegePartyReview").get("id").asText();
    for (String endpoint : List.of("/submit-form", "/complete")) {
      assertClean(http.postJson("college-econ-party", "/engine-rest/task/" + taskId + endpoint,
          Http.variables("approved", false)), 400, "“");
    }
    // Tasklist: the webapps' engine API answers the same
    Webapp tasklist = new Webapp(port);
    assertThat(tasklist.login("tasklist", "college-econ-party", "demo").status()).isEqualTo(200);
    assertThat(tasklist.getEngine("/task/" + taskId).status()).isEqualTo(200); // the XSRF cookie of the new session
    assertClean(tasklist.postEngine("/task/" + taskId + "/submit-form", Http.variables("approved", false)), 400, "“");
    Webapp league = new Webapp(port);
    assertThat(league.login("tasklist", "college-econ-league", "demo").status()).isEqualTo(200);
    String definitionId = league.getEngine("/process-definition/key/school-presidium-candidacy").json().get("id").asText();
    assertClean(league.postEngine("/process-definition/" + definitionId + "/submit-form",
        nominationVariables("2023001", "school-su")), 400, "启动被拒绝");
    assertThat(tasklist.postEngine("/task/" + taskId + "/submit-form",
        Http.variables("approved", false, "comment", "不同意推荐")).status()).isEqualTo(204);
  }

  static void assertClean(Http.Response response, int status, String start) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    JsonNode body = response.json();
    assertThat(body.get("type").asText()).isNotEmpty();
    assertThat(body.get("message").asText()).as(response.body()).startsWith(start)
        .doesNotContain("Cannot instantiate").doesNotContain("Cannot submit").doesNotContain("Cannot complete")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  @DisplayName("Concurrency: eight simultaneous nominations of one student for one union start exactly one instance")
  void racingNominations() throws Exception {
    long before = instanceCount();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var gate = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> {
        gate.await();
        return http.postJson("college-econ-league", P1 + "/start", nominationVariables("2024101", "school-gsu"));
      }));
    }
    gate.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var answer : answers) {
      Http.Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
      statuses.add(response.status());
      if (response.status() == 400) {
        assertThat(response.json().get("message").asText()).contains("不能同时被重复提名");
      }
    }
    pool.shutdown();
    assertThat(statuses).as("one start wins, every other is refused").containsOnly(200, 400)
        .filteredOn(s -> s == 200).hasSize(1);
    assertThat(instanceCount()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("Security: starting at an activity (skipping the start checks) is for administrators only")
  void startAtActivityRefused() {
    long before = instanceCount();
    String body = nominationVariables("2024001", "school-su").replaceFirst("\\}$",
        ",\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"partyCommitteeDecision\"}]}");
    var refused = http.postJson("college-cs-league", P1 + "/start", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("仅限系统管理员");
    assertThat(instanceCount()).isEqualTo(before);
  }

  static final String P3 = "/engine-rest/process-definition/key/college-nomination";

  @Test
  @DisplayName("Concurrency (Q8 hard, 2 seats): 32 simultaneous appointments appoint exactly 2, the others QUOTA_EXCEEDED; 3 rounds")
  void concurrentAppointments() throws Exception {
    for (int round = 1; round <= 3; round++) {
      String department = "race" + round;
      assertThat(http.postJson("admin", "/api/unions/cs-su/departments",
          "{\"departmentId\":\"" + department + "\",\"name\":\"竞争部" + round + "\"}").status()).isEqualTo(201);
      StringBuilder students = new StringBuilder("[");
      for (int i = 1; i <= 32; i++) {
        students.append(i > 1 ? "," : "").append("{\"studentId\":\"race").append(round).append("-").append(i)
            .append("\",\"name\":\"竞").append(i).append("\",\"collegeId\":\"cs\",\"classId\":\"cs2301\",")
            .append("\"major\":\"计算机\",\"grade\":2024,\"politicalStatus\":\"CYL_MEMBER\",\"majorRank\":1,")
            .append("\"majorSize\":10,\"failedCourses\":0}");
      }
      assertThat(http.postJson("admin", "/api/students", students.append("]").toString()).status()).isEqualTo(200);

      List<String> instances = new ArrayList<>();
      for (int i = 1; i <= 32; i++) {
        var started = http.postJson("class-cs2301-branch", P3 + "/start", Http.variables("studentId",
            "race" + round + "-" + i, "unionId", "cs-su", "post", "DEPARTMENT_HEAD", "departmentId", department));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        instances.add(instanceId);
        String leagueTask = awaitTask("college-cs-league", instanceId, "collegeLeagueReview").get("id").asText();
        assertThat(http.postJson("college-cs-league", "/engine-rest/task/" + leagueTask + "/complete",
            Http.variables("approved", true, "comment", "同意", "conventionSignedAt", EngineRest.signedToday())).status())
            .isEqualTo(204);
      }
      List<String> partyTasks = new ArrayList<>();
      for (String instanceId : instances) {
        partyTasks.add(awaitTask("college-cs-party", instanceId, "collegePartyDecision").get("id").asText());
      }

      var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
      var gate = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> completions = new ArrayList<>();
      for (String taskId : partyTasks) {
        completions.add(pool.submit(() -> {
          gate.await();
          return http.postJson("college-cs-party", "/engine-rest/task/" + taskId + "/complete",
              Http.variables("approved", true, "comment", "同意任命")).status();
        }));
      }
      gate.countDown();
      for (var completion : completions) {
        assertThat(completion.get(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(204);
      }
      pool.shutdown();

      int appointed = 0;
      for (String instanceId : instances) {
        JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId)
            .json();
        String outcome = valueOf(variables, "outcome");
        if (outcome.equals("APPOINTED")) {
          appointed++;
        } else {
          assertThat(outcome).as("round " + round).isEqualTo("QUOTA_EXCEEDED");
          assertThat(valueOf(variables, "rejectionReason")).startsWith("Q8：").contains("2/2");
        }
      }
      assertThat(appointed).as("round " + round + ": appointed of 32").isEqualTo(2);
      JsonNode quotas = http.get("admin", "/api/unions/cs-su/quotas").json().get("quotas");
      for (JsonNode quota : quotas) {
        if (quota.get("rule").asText().equals("Q8") && quota.get("scope").asText().equals(department)) {
          assertThat(quota.get("count").asInt()).isEqualTo(2);
          assertThat(quota.get("holds").asBoolean()).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("P2 through REST: a batch as a Json variable, each nominee reviewed by the three offices → COMPLETED")
  void staffRecommendation() {
    String nominees = "[{\"studentId\":\"2023006\",\"departmentId\":\"secretariat\",\"post\":\"STAFF\"},"
        + "{\"studentId\":\"2023007\",\"departmentId\":\"rights\",\"post\":\"STAFF\"}]";
    String body = "{\"variables\":{\"collegeId\":{\"value\":\"cs\"},\"unionId\":{\"value\":\"school-su\"},"
        + "\"nominees\":{\"value\":" + toJsonString(nominees) + ",\"type\":\"Json\"}}}";
    var foreign = http.postJson("college-econ-league", "/engine-rest/process-definition/key/school-staff-recommendation/start",
        body);
    assertThat(foreign.status()).isEqualTo(400);
    var started = http.postJson("college-cs-league", "/engine-rest/process-definition/key/school-staff-recommendation/start",
        body);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    for (String office : List.of("student-affairs", "graduate-affairs", "youth-league")) {
      String key = office.equals("student-affairs") ? "studentAffairsReview"
          : office.equals("graduate-affairs") ? "graduateAffairsReview" : "youthLeagueReview";
      JsonNode tasks = http.get(office, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + key)
          .json();
      assertThat(tasks.size()).as(office).isEqualTo(2);
      for (JsonNode task : tasks) {
        // D1: the Youth League committee, which appoints, records the nominee's signed self-discipline convention
        String decision = office.equals("youth-league")
            ? Http.variables("approved", true, "comment", "同意", "conventionSignedAt", EngineRest.signedToday())
            : Http.variables("approved", true, "comment", "同意");
        assertThat(http.postJson(office, "/engine-rest/task/" + task.get("id").asText() + "/complete", decision).status())
            .isEqualTo(204);
      }
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!"COMPLETED".equals(http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json()
        .get("state").asText()) && Instant.now().isBefore(deadline)) {
      sleep();
    }
    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=nomineeOutcomes").json();
    assertThat(variables.get(0).get("value").asText()).contains("\"studentId\":\"2023006\"")
        .contains("\"outcome\":\"APPOINTED\"").doesNotContain("REJECTED");
    JsonNode roster = http.get("admin", "/api/unions/school-su/roster").json().get("roster");
    assertThat(roster.findValuesAsText("studentId")).contains("2023006", "2023007");
  }

  static String toJsonString(String raw) {
    return "\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  @DisplayName("Roster: a removal takes the member off at once and frees the seat (Q7 count drops)")
  void removalFreesSeat() {
    JsonNode before = http.get("admin", "/api/unions/econ-su/quotas").json().get("quotas");
    assertThat(http.delete("college-econ-league", "/api/unions/econ-su/roster/2023102").status()).isEqualTo(403);
    var removed = http.delete("admin", "/api/unions/econ-su/roster/2023102?reason=test");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().get("roster").findValuesAsText("studentId")).doesNotContain("2023102");
    JsonNode after = http.get("admin", "/api/unions/econ-su/quotas").json().get("quotas");
    assertThat(count(after, "Q7")).isEqualTo(count(before, "Q7") - 1);
    assertThat(http.delete("admin", "/api/unions/econ-su/roster/2023102").status()).isEqualTo(404);
  }

  static int count(JsonNode quotas, String rule) {
    for (JsonNode quota : quotas) {
      if (quota.get("rule").asText().equals(rule)) {
        return quota.get("count").asInt();
      }
    }
    throw new AssertionError("no " + rule);
  }

  @Test
  @DisplayName("D3 through REST: anyone reports a roster member; REMOVED takes them off the roster, visible in /roster")
  void misconductRemoval() {
    String d3 = "/engine-rest/process-definition/key/misconduct-investigation/start";
    var notMember = http.postJson("union-cs-su", d3, Http.variables("studentId", "2023001", "unionId", "econ-su",
        "allegation", "不当行为", "reportedBy", "某同学"));
    assertThat(notMember.status()).isEqualTo(400);
    assertThat(notMember.json().get("message").asText()).contains("不在");
    var started = http.postJson("union-cs-su", d3, Http.variables("studentId", "2024102", "unionId", "econ-su",
        "allegation", "冒用学生会名义对外联系", "reportedBy", "计算机学院学生会"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    JsonNode during = http.get("college-econ-league", "/api/unions/econ-su/roster").json().get("roster");
    for (JsonNode member : during) {
      assertThat(member.get("underInvestigation").asBoolean()).isEqualTo(member.get("studentId").asText().equals("2024102"));
    }
    String taskId = awaitTask("youth-league", instanceId, "investigate").get("id").asText();
    var bad = http.postJson("youth-league", "/engine-rest/task/" + taskId + "/complete",
        Http.variables("handling", "EXPELLED", "findings", "x"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(http.postJson("youth-league", "/engine-rest/task/" + taskId + "/complete",
        Http.variables("handling", "REMOVED", "findings", "查实，撤销职务")).status()).isEqualTo(204);
    JsonNode after = http.get("college-econ-league", "/api/unions/econ-su/roster").json().get("roster");
    assertThat(after.findValuesAsText("studentId")).doesNotContain("2024102");
    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json();
    assertThat(valueOf(variables, "outcome")).isEqualTo("REMOVED");
  }

  @Test
  @DisplayName("D2 through REST: a late report is refused; the deputy secretary and the Party committee approve a big one")
  void activityReport() {
    String d2 = "/engine-rest/process-definition/key/major-activity-report/start";
    java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(14);
    var late = http.postJson("union-school-su", d2, Http.variables("unionId", "school-su", "title", "校园歌手大赛",
        "category", "ACTIVITY", "description", "决赛", "startsAt", start.minusDays(10).toString(),
        "endsAt", start.minusDays(10).plusHours(3).toString(), "budgetYuan", 80000, "volunteersNeeded", 0));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().get("message").asText()).contains("D2：须事先报告");
    var foreign = http.postJson("union-cs-su", d2, Http.variables("unionId", "school-su", "title", "校园歌手大赛",
        "category", "ACTIVITY", "description", "决赛", "startsAt", start.toString(),
        "endsAt", start.plusHours(3).toString(), "budgetYuan", 80000, "volunteersNeeded", 0));
    assertThat(foreign.status()).isEqualTo(400);
    var started = http.postJson("union-school-su", d2, Http.variables("unionId", "school-su", "title", "校园歌手大赛",
        "category", "ACTIVITY", "description", "决赛", "startsAt", start.toString(),
        "endsAt", start.plusHours(3).toString(), "budgetYuan", 80000, "volunteersNeeded", 0));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    for (String[] step : new String[][] {{"youth-league-deputy", "deputyReview"}, {"party-committee", "partyDecision"}}) {
      String taskId = awaitTask(step[0], instanceId, step[1]).get("id").asText();
      assertThat(http.postJson(step[0], "/engine-rest/task/" + taskId + "/complete",
          Http.variables("approved", true, "comment", "同意")).status()).isEqualTo(204);
    }
    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json();
    assertThat(valueOf(variables, "outcome")).isEqualTo("APPROVED");
    assertThat(valueOf(variables, "escalationReason")).isEqualTo("经费 5 万元及以上");
  }

  @Test
  @DisplayName("S2 through REST: the Youth League committee rotates; the roster shows the executive chair")
  void chairRotation() {
    String s2 = "/engine-rest/process-definition/key/executive-chair-rotation/start";
    // only the Youth League committee may start it: the engine's authorization refuses anyone else
    assertThat(http.postJson("union-school-su", s2, Http.variables("unionId", "school-su", "semester", "2026-2027-1"))
        .status()).isEqualTo(403);
    var started = http.postJson("youth-league", s2, Http.variables("unionId", "school-su", "semester", "2026-2027-1"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode chair = http.get("union-school-su", "/api/unions/school-su/roster").json().get("executiveChair");
    assertThat(chair.get("studentId").asText()).isEqualTo("2022001");
    assertThat(chair.get("semester").asText()).isEqualTo("2026-2027-1");
  }

  @Test
  @DisplayName("R1–R3 through REST: reports and ratings of school-su's presidium and heads, ranked at /reviews")
  void performanceReview() {
    var started = http.postJson("youth-league", "/engine-rest/process-definition/key/performance-review/start",
        Http.variables("unionId", "school-su", "semester", "2025-2026-2"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    JsonNode reports = http.get("union-school-su", "/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=submitReport").json();
    assertThat(reports.size()).isGreaterThanOrEqualTo(1);
    for (JsonNode task : reports) {
      assertThat(http.postJson("union-school-su", "/engine-rest/task/" + task.get("id").asText() + "/complete",
          Http.variables("workReport", "本学期述职")).status()).isEqualTo(204);
    }
    JsonNode ratings = http.get("review-board", "/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=rateMember").json();
    assertThat(ratings.size()).isEqualTo(reports.size());
    for (JsonNode task : ratings) {
      var bad = http.postJson("review-board", "/engine-rest/task/" + task.get("id").asText() + "/complete",
          Http.variables("politicalAttitude", 9, "moralConduct", 4, "study", 4, "workResults", 4, "discipline", 4));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(http.postJson("review-board", "/engine-rest/task/" + task.get("id").asText() + "/complete",
          Http.variables("politicalAttitude", 5, "moralConduct", 4, "study", 4, "workResults", 4, "discipline", 4))
          .status()).isEqualTo(204);
    }
    JsonNode ranking = http.get("party-committee", "/api/unions/school-su/reviews?semester=2025-2026-2").json().get("ranking");
    assertThat(ranking.findValuesAsText("studentId")).contains("2022001");
    assertThat(ranking.get(0).get("total").asInt()).isEqualTo(21);
    assertThat(http.get("party-committee", "/api/unions/school-su/reviews?semester=2025").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("Records: clubs (Q12) and students' memberships come with the import; an unknown club refuses the row")
  void clubsInImport() {
    assertThat(http.postJson("college-cs-league", "/api/clubs", "[{\"clubId\":\"chorus\",\"name\":\"合唱团\",\"major\":true}]")
        .status()).isEqualTo(403);
    var clubs = http.postJson("admin", "/api/clubs", "[{\"clubId\":\"chorus\",\"name\":\"合唱团\",\"major\":true}]");
    assertThat(clubs.status()).as(clubs.body()).isEqualTo(200);
    String header = "studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses,clubIds\n";
    var ok = http.post("admin", "/api/students", "text/csv", header + "it-300,社员,cs,cs2301,计算机,2024,CYL_MEMBER,1,10,0,chorus\n");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    var unknown = http.post("admin", "/api/students", "text/csv", header + "it-301,社员,cs,cs2301,计算机,2024,CYL_MEMBER,1,10,0,chorus;ghosts\n");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("第 2 行").contains("ghosts");
    assertThat(http.get("college-cs-league", "/api/clubs").json().findValuesAsText("clubId")).contains("chorus");
  }

  @Test
  @DisplayName("C1 through REST: the Youth League committee convenes the school congress; a union presidium may not")
  void congressConvened() {
    String c = "/engine-rest/process-definition/key/student-congress/start";
    assertThat(http.postJson("union-school-su", c, Http.variables("unionId", "school-su", "year", 2026,
        "studentsRepresented", 500)).status()).isIn(400, 403);
    var started = http.postJson("youth-league", c, Http.variables("unionId", "school-su", "year", 2026,
        "studentsRepresented", 500));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    JsonNode recommendation = awaitTask("class-cs2301-branch", instanceId, "recommendDelegates");
    assertThat(recommendation.get("name").asText()).contains("C2");
    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json();
    assertThat(valueOf(variables, "seatPlan")).contains("不少于 5 名");
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** Rows of the service's own tables, to prove that refused requests wrote nothing. */
  java.util.Map<String, Integer> rowCounts() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String table : List.of("gov_student", "gov_college", "gov_class", "gov_union", "gov_department", "gov_roster",
        "gov_nomination", "gov_investigation", "gov_club", "gov_club_member", "gov_review", "gov_chair_rotation",
        "gov_volunteer", "gov_congress_delegate")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    return counts;
  }

  @Test
  @DisplayName("Bad input that made the service answer 500 gets a 4xx with a message: deep JSON, a 5000-character or"
      + " serialized-object variable, a condition with nothing to start, a task completed twice, text/html for an unknown"
      + " student, values longer than their columns, negative paging, an uncaught BPMN error")
  void formerServerErrors() throws Exception {
    java.util.Map<String, Integer> rowsBefore = rowCounts();
    long before = instanceCount();
    // 1. 5000 levels of nesting
    var deep = http.postJson("admin", "/api/students", "[".repeat(5000) + "]".repeat(5000));
    assertThat(deep.status()).as(deep.body()).isEqualTo(400);
    assertThat(deep.json().get("message").asText()).contains("嵌套层数");
    // 2. a String variable longer than the 4000 characters its column holds: refused, naming it
    String longText = "x".repeat(5000);
    String withExtra = nominationVariables("2023001", "school-su").replaceFirst("\\}\\}$",
        ",\"remark\":{\"value\":\"" + longText + "\"}}}");
    var extra = http.postJson("college-cs-league", P1 + "/start", withExtra);
    assertThat(extra.status()).as(extra.body()).isEqualTo(400);
    assertThat(extra.json().get("message").asText()).contains("remark").contains("4000");
    var typed = http.postJson("college-cs-league", P1 + "/submit-form", "{\"variables\":{\"remark\":{\"value\":\""
        + longText + "\",\"type\":\"String\"}}}");
    assertThat(typed.status()).isEqualTo(400);
    // 3. nothing to start by a condition
    var condition = http.postJson("admin", "/engine-rest/condition", "{\"variables\":{\"x\":{\"value\":1}}}");
    assertThat(condition.status()).as(condition.body()).isEqualTo(400);
    assertThat(condition.json().get("message").asText()).contains("没有可按条件启动的流程");
    // 5. an unknown student asked for as HTML
    var html = http.getAccepting("admin", "/api/students/9999999", "text/html");
    assertThat(html.status()).as(html.body()).isEqualTo(404);
    assertThat(html.json().get("message").asText()).contains("9999999");
    // 6. serialized Java objects, and objects of a class the service does not have, on every variable write
    String javaObject = "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
        + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    String unknownClass = "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
        + "\"com.example.Missing\",\"serializationDataFormat\":\"application/json\"}}";
    for (String object : List.of(javaObject, unknownClass)) {
      var start = http.postJson("college-cs-league", P1 + "/start",
          nominationVariables("2023001", "school-su").replaceFirst("\\}\\}$", ",\"attachment\":" + object + "}}"));
      assertThat(start.status()).as(start.body()).isEqualTo(400);
      assertThat(start.json().get("message").asText()).contains("attachment");
    }
    assertThat(instanceCount()).isEqualTo(before);
    assertThat(rowCounts()).isEqualTo(rowsBefore);

    // 4. a task completed twice (a colleague was first): 409, on engine-rest and in Tasklist; and 6. on a running instance
    assertThat(http.postJson("admin", "/api/students", "[{\"studentId\":\"it-600\",\"name\":\"重复办理\","
        + "\"collegeId\":\"cs\",\"classId\":\"cs2301\",\"major\":\"计算机\",\"grade\":2024,\"politicalStatus\":"
        + "\"CYL_MEMBER\",\"majorRank\":1,\"majorSize\":10,\"failedCourses\":0}]").status()).isEqualTo(200);
    var started = http.postJson("college-cs-league", P1 + "/start", nominationVariables("it-600", "school-su"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    String taskId = awaitTask("college-cs-party", instanceId, "collegePartyReview").get("id").asText();
    for (String object : List.of(javaObject, unknownClass)) {
      assertThat(http.postJson("admin", "/engine-rest/process-instance/" + instanceId + "/variables",
          "{\"modifications\":{\"attachment\":" + object + "}}").status()).isEqualTo(400);
      assertThat(http.put("admin", "/engine-rest/task/" + taskId + "/variables/attachment", "application/json", object)
          .status()).isEqualTo(400);
    }
    assertThat(http.get("college-cs-party", "/engine-rest/task/" + taskId + "/form-variables").status()).isEqualTo(200);
    String decision = Http.variables("approved", true, "comment", "同意");
    assertThat(http.postJson("college-cs-party", "/engine-rest/task/" + taskId + "/complete", decision).status())
        .isEqualTo(204);
    for (String endpoint : List.of("/complete", "/submit-form", "/resolve", "/claim")) {
      var again = http.postJson("college-cs-party", "/engine-rest/task/" + taskId + endpoint, decision);
      assertThat(again.status()).as(endpoint + ": " + again.body()).isEqualTo(409);
      assertThat(again.json().get("message").asText()).contains("已经办理完毕");
    }
    for (String read : List.of("/variables", "/form-variables", "/deployed-form", "/identity-links")) {
      assertThat(http.get("college-cs-party", "/engine-rest/task/" + taskId + read).status()).as(read).isIn(400, 404);
    }
    Webapp tasklist = new Webapp(port);
    assertThat(tasklist.login("tasklist", "college-cs-party", "demo").status()).isEqualTo(200);
    assertThat(tasklist.getEngine("/filter").status()).isEqualTo(200); // the new session's XSRF cookie, as Tasklist gets it
    var inTasklist = tasklist.postEngine("/task/" + taskId + "/submit-form", decision);
    assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(409);
    assertThat(inTasklist.json().get("message").asText()).contains("已经办理完毕");
    // further 500s found by the sweep: values longer than their columns, negative paging, missing arguments,
    // an error code nothing catches, deleting a definition that has instances
    String name300 = "n".repeat(300);
    // a caller's business key, however long, is replaced by the service's own (REST guide "Case files and business keys")
    var longKey = http.postJson("college-cs-league", P1 + "/start", nominationVariables("2024001", "school-gsu")
        .replaceFirst("\\}$", ",\"businessKey\":\"" + name300 + "\"}"));
    assertThat(longKey.status()).as(longKey.body()).isEqualTo(200);
    assertThat(longKey.json().get("businessKey").asText()).startsWith("P1-").endsWith("-2024001");
    assertThat(http.delete("admin", "/engine-rest/process-instance/" + longKey.json().get("id").asText()).status())
        .isEqualTo(204);
    assertThat(http.postJson("admin", "/engine-rest/task/create", "{\"name\":\"" + name300 + "\"}").status()).isEqualTo(400);
    assertThat(http.postJson("admin", "/engine-rest/group/create", "{\"id\":\"long-name\",\"name\":\"" + name300 + "\"}")
        .status()).isEqualTo(400);
    assertThat(http.postJson("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + name300
        + "\"},\"credentials\":{\"password\":\"x\"}}").status()).isEqualTo(400);
    assertThat(http.get("admin", "/engine-rest/task?firstResult=-5&maxResults=-5").status()).isEqualTo(400);
    assertThat(http.postJson("admin", "/engine-rest/external-task/fetchAndLock", "{}").status()).isEqualTo(400);
    String review = awaitTask("student-affairs", instanceId, "studentAffairsReview").get("id").asText();
    // a BPMN error thrown from a task moves the procedure: the office that holds it may not (CallerGuard) ...
    var byOffice = http.postJson("student-affairs", "/engine-rest/task/" + review + "/bpmnError", "{\"errorCode\":\"nope\"}");
    assertThat(byOffice.status()).as(byOffice.body()).isEqualTo(403);
    assertThat(byOffice.json().get("message").asText()).contains("仅限系统管理员");
    // ... and an administrator's error code that nothing catches is a client error
    var uncaught = http.postJson("admin", "/engine-rest/task/" + review + "/bpmnError", "{\"errorCode\":\"nope\"}");
    assertThat(uncaught.status()).as(uncaught.body()).isEqualTo(400);
    assertThat(http.get("student-affairs", "/engine-rest/task/" + review).status()).isEqualTo(200);
    // two people complete the same task at the same moment: one 204, the other 409
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var gate = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(pool.submit(() -> {
        gate.await();
        return http.postJson("student-affairs", "/engine-rest/task/" + review + "/complete", decision).status();
      }));
    }
    gate.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var answer : both) {
      statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    var delete = http.delete("admin", "/engine-rest/process-definition/key/school-presidium-candidacy");
    assertThat(delete.status()).as(delete.body()).isEqualTo(409);
    var reason = http.delete("admin", "/api/unions/cs-su/roster/2023006?reason=" + "r".repeat(600));
    assertThat(reason.status()).as(reason.body()).isEqualTo(400);
    assertThat(reason.json().get("field").asText()).isEqualTo("reason");
    assertThat(http.postJson("admin", "/engine-rest/task/no-such-task/complete", "{}").status()).isEqualTo(404);
    assertThat(http.get("admin", "/engine-rest/process-instance/no-such-instance/variables").status()).isEqualTo(404);
    assertThat(http.get("admin", "/engine-rest/execution/no-such-execution/localVariables").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Bad input: hundreds of malformed and hostile requests to every start endpoint and /api: no 5xx, a clear 4xx, nothing written")
  void hostileInput() {
    java.util.Map<String, List<String>> starts = new java.util.LinkedHashMap<>();
    starts.put("school-presidium-candidacy", List.of("studentId", "unionId", "basis", "statement"));
    starts.put("school-staff-recommendation", List.of("collegeId", "unionId", "nominees"));
    starts.put("college-nomination", List.of("studentId", "unionId", "post", "departmentId"));
    starts.put("major-activity-report", List.of("unionId", "title", "category", "description", "startsAt", "endsAt",
        "budgetYuan", "volunteersNeeded"));
    starts.put("misconduct-investigation", List.of("studentId", "unionId", "allegation", "reportedBy"));
    starts.put("student-congress", List.of("unionId", "year", "studentsRepresented"));
    starts.put("performance-review", List.of("unionId", "semester"));
    starts.put("executive-chair-rotation", List.of("unionId", "semester"));
    List<HostileInput.Probe> probes = new ArrayList<>();
    starts.forEach((key, names) -> {
      for (String body : HostileInput.startBodies(names)) {
        for (String endpoint : List.of("/start", "/submit-form")) {
          probes.add(new HostileInput.Probe("POST", "/engine-rest/process-definition/key/" + key + endpoint,
              "application/json", body));
        }
      }
      probes.add(new HostileInput.Probe("POST", "/engine-rest/process-definition/key/" + key + "/start", "text/plain", "x"));
    });
    String sql = java.net.URLEncoder.encode(HostileInput.SQL, java.nio.charset.StandardCharsets.UTF_8);
    for (String body : List.of("", "not json", "{}", "[{}]", "[null]", "[1,2]", "[{\"studentId\":" + HostileInput.q(HostileInput.SQL) + "}]",
        "[{\"studentId\":\"x\",\"name\":" + HostileInput.q(HostileInput.HUGE) + "}]",
        "[{\"studentId\":\"x\",\"majorRank\":\"first\"}]", "[{\"studentId\":{\"a\":1}}]",
        "[".repeat(5000) + "]".repeat(5000), "[".repeat(5000))) {
      probes.add(new HostileInput.Probe("POST", "/api/students", "application/json", body));
    }
    for (String body : List.of("", "studentId\n1", "\"unclosed", HostileInput.SCRIPT + "\n" + HostileInput.SQL)) {
      probes.add(new HostileInput.Probe("POST", "/api/students", "text/csv", body));
    }
    for (String body : List.of("", "{}", "[]", "{\"collegeId\":" + HostileInput.q(HostileInput.SQL) + ",\"name\":\"x\",\"classIds\":[\"a\"]}",
        "{\"collegeId\":\"zz\",\"name\":" + HostileInput.q(HostileInput.HUGE) + ",\"classIds\":[\"a\"]}",
        "{\"collegeId\":\"zz\",\"name\":\"x\",\"classIds\":\"a\"}", "{\"collegeId\":\"zz\",\"name\":\"x\",\"classIds\":[null]}")) {
      probes.add(new HostileInput.Probe("POST", "/api/colleges", "application/json", body));
    }
    for (String body : List.of("", "{}", "[]", "{\"departmentId\":\"" + HostileInput.SCRIPT + "\",\"name\":\"x\"}",
        "{\"departmentId\":\"ok\",\"name\":" + HostileInput.q(HostileInput.HUGE) + "}")) {
      probes.add(new HostileInput.Probe("POST", "/api/unions/cs-su/departments", "application/json", body));
      probes.add(new HostileInput.Probe("POST", "/api/unions/" + sql + "/departments", "application/json", body));
    }
    for (String body : List.of("", "{}", "[]", "[null]", "[{}]", "[{\"studentId\":\"2023001\",\"post\":\"KING\"}]",
        "[{\"studentId\":" + HostileInput.q(HostileInput.SQL) + ",\"post\":\"STAFF\",\"departmentId\":\"office\"}]",
        "[{\"studentId\":\"2023001\",\"post\":\"STAFF\",\"departmentId\":\"office\",\"term\":\"forever\"}]")) {
      probes.add(new HostileInput.Probe("POST", "/api/unions/cs-su/roster", "application/json", body));
    }
    for (String body : List.of("", "{}", "[]", "[null]", "[{\"clubId\":\"Bad Id\",\"name\":\"x\"}]",
        "[{\"clubId\":\"ok\",\"name\":" + HostileInput.q(HostileInput.HUGE) + ",\"major\":true}]")) {
      probes.add(new HostileInput.Probe("POST", "/api/clubs", "application/json", body));
    }
    for (String path : List.of("/api/students/" + sql, "/api/unions/" + sql, "/api/unions/" + sql + "/quotas",
        "/api/unions/" + sql + "/roster", "/api/unions/school-su/reviews?semester=" + sql, "/api/unions/school-su/reviews",
        "/api/unions/school-su/candidates?year=abc", "/api/unions/school-su/candidates", "/api/nothing-here",
        "/api/unions/school-su/roster/" + sql)) {
      probes.add(new HostileInput.Probe(path.endsWith("/roster/" + sql) ? "DELETE" : "GET", path, null, null));
    }
    for (String body : List.of("{}", "{\"processDefinitionId\":\"nope\"}", "{\"businessKey\":\"x\",\"variables\":{\"a\":{\"value\":1}}}")) {
      probes.add(new HostileInput.Probe("POST", "/engine-rest/condition", "application/json", body));
    }
    for (String path : List.of("/engine-rest/task/nope/complete", "/engine-rest/task/nope/claim",
        "/engine-rest/process-instance/nope/variables", "/engine-rest/execution/nope/localVariables")) {
      probes.add(new HostileInput.Probe("POST", path, "application/json", "{\"userId\":\"admin\"}"));
    }
    probes.add(new HostileInput.Probe("GET", "/engine-rest/task/nope/identity-links", null, null));
    probes.add(new HostileInput.Probe("GET", "/engine-rest/task/nope/localVariables", null, null));
    probes.add(new HostileInput.Probe("PUT", "/api/colleges", "application/json", "{}"));
    probes.add(new HostileInput.Probe("POST", "/api/colleges", "application/xml", "<college/>"));

    java.util.Map<String, Integer> rowsBefore = rowCounts();
    long instancesBefore = http.get("admin", "/engine-rest/history/process-instance/count").json().get("count").asLong();
    List<String> wrong = new ArrayList<>();
    for (HostileInput.Probe probe : probes) {
      Http.Response response = switch (probe.method()) {
        case "GET" -> http.get("admin", probe.path());
        case "DELETE" -> http.delete("admin", probe.path());
        case "PUT" -> http.put("admin", probe.path(), probe.contentType(), probe.body());
        default -> http.post("admin", probe.path(), probe.contentType(), probe.body());
      };
      // /api and the guard answer JSON with a message; Camunda answers malformed JSON with the parser's words
      boolean clear = response.status() >= 400 && response.status() < 500 && !response.body().isBlank();
      if (!clear) {
        wrong.add(response.status() + " " + probe.method() + " " + probe.path() + " "
            + (probe.body() == null ? "" : probe.body().substring(0, Math.min(80, probe.body().length()))) + " → "
            + response.body().substring(0, Math.min(160, response.body().length())));
      }
    }
    System.out.println("Bad-input sweep: " + probes.size() + " requests, " + (probes.size() - wrong.size())
        + " answered with a clear 4xx");
    assertThat(probes).hasSizeGreaterThanOrEqualTo(200);
    assertThat(wrong).as("requests without a clear 4xx").isEmpty();
    assertThat(rowCounts()).isEqualTo(rowsBefore);
    assertThat(http.get("admin", "/engine-rest/history/process-instance/count").json().get("count").asLong())
        .isEqualTo(instancesBefore);
  }

  @Test
  @DisplayName("P1: an ineligible nominee ends INELIGIBLE at once with the rule and the figures")
  void ineligibleThroughRest() {
    var started = http.postJson("college-cs-league", P1 + "/start", nominationVariables("2023003", "school-su"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode variables = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId="
        + started.json().get("id").asText()).json();
    assertThat(valueOf(variables, "outcome")).isEqualTo("INELIGIBLE");
    assertThat(valueOf(variables, "rejectionReason")).startsWith("E2：").contains("41/120");
  }

  @Test
  @DisplayName("Records: a bad row refuses the whole JSON import with its line and field; nothing is written")
  void importRefusesBadRow() {
    String body = """
        [
          {"studentId":"it-100","name":"甲","collegeId":"cs","classId":"cs2301","major":"计算机","grade":2024,
           "politicalStatus":"CYL_MEMBER","majorRank":3,"majorSize":50,"failedCourses":0},
          {"studentId":"it-101","name":"乙","collegeId":"cs","classId":"cs2301","major":"计算机","grade":2024,
           "politicalStatus":"CYL_MEMBER","majorRank":60,"majorSize":50,"failedCourses":0}
        ]""";
    var refused = http.postJson("admin", "/api/students", body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("majorRank");
    assertThat(refused.json().get("message").asText()).contains("第 4 行").contains("majorRank");
    assertThat(http.get("admin", "/api/students/it-100").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("Records: CSV import upserts, a student reads back, and only administrators import")
  void csvImport() {
    String csv = "studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses\n"
        + "it-200,\"欧阳, 明\",econ,ec2301,经济学,2023,CPC_MEMBER,2,80,0\n";
    assertThat(http.post("college-econ-league", "/api/students", "text/csv", csv).status()).isEqualTo(403);
    var imported = http.post("admin", "/api/students", "text/csv", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(1);
    var again = http.post("admin", "/api/students", "text/csv", csv.replace(",2,80,", ",3,80,"));
    assertThat(again.json().get("updated").asInt()).isEqualTo(1);
    JsonNode student = http.get("college-econ-league", "/api/students/it-200").json();
    assertThat(student.get("name").asText()).isEqualTo("欧阳, 明");
    assertThat(student.get("majorRank").asInt()).isEqualTo(3);
    var badCsv = http.post("admin", "/api/students", "text/csv", csv + "it-201,丙,econ,nope,经济学,2023,CYL_MEMBER,2,80,0\n");
    assertThat(badCsv.status()).isEqualTo(400);
    assertThat(badCsv.json().get("message").asText()).contains("第 3 行").contains("班级 nope 不存在");
    assertThat(http.post("admin", "/api/students", "application/xml", "<students/>").status()).isEqualTo(415);
  }

  @Test
  @DisplayName("Records: quotas show Q3 for a school union and Q7 for a college union; roster loads obey E and Q")
  void quotasAndRoster() {
    JsonNode school = http.get("college-cs-league", "/api/unions/school-su/quotas").json();
    assertThat(school.get("quotas").findValuesAsText("rule")).contains("Q1", "Q2", "Q3", "Q4", "Q5", "Q9")
        .doesNotContain("Q7");
    JsonNode college = http.get("college-cs-league", "/api/unions/cs-su/quotas").json();
    assertThat(college.get("quotas").findValuesAsText("rule")).contains("Q6", "Q7", "Q8").doesNotContain("Q3");

    var refused = http.postJson("admin", "/api/unions/econ-su/roster",
        "[{\"studentId\":\"2024101\",\"post\":\"STAFF\",\"departmentId\":\"office\"},"
            + "{\"studentId\":\"2023103\",\"post\":\"STAFF\",\"departmentId\":\"office\"},"
            + "{\"studentId\":\"2023101\",\"post\":\"VICE_CHAIR\"}]");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("E2").contains("S3");
    JsonNode roster = http.get("admin", "/api/unions/econ-su/roster").json();
    assertThat(roster.get("roster").findValuesAsText("studentId")).doesNotContain("2024101");
  }

  @Test
  @DisplayName("Organisation: creating a college creates its unions and groups; only administrators may")
  void createCollege() {
    String body = "{\"collegeId\":\"law\",\"name\":\"法学院\",\"classIds\":[\"law2301\"]}";
    assertThat(http.postJson("college-cs-league", "/api/colleges", body).status()).isEqualTo(403);
    var created = http.postJson("admin", "/api/colleges", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(http.postJson("admin", "/api/colleges", body).status()).isEqualTo(409);
    for (String group : List.of("college-law-league", "college-law-party", "class-law2301-branch", "union-law-su",
        "union-law-gsu")) {
      assertThat(http.get("admin", "/engine-rest/group/" + group).status()).as(group).isEqualTo(200);
    }
    assertThat(http.get("admin", "/api/unions/law-gsu").json().get("level").asText()).isEqualTo("COLLEGE");
    var bad = http.postJson("admin", "/api/colleges", "{\"collegeId\":\"Bad Id\",\"name\":\"x\",\"classIds\":[\"a\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("collegeId");
    assertThat(http.postJson("admin", "/api/colleges", "{\"collegeId\":").status()).isEqualTo(400);
    assertThat(http.postJson("college-cs-league", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}").status()).isEqualTo(403);
  }
}
