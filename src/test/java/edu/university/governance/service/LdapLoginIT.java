package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Profile ldap (issue 15, directory login) against an in-memory directory (UnboundID) loaded from
 * src/test/resources/ldap/directory.ldif, the service on H2 in memory with no demo data: directory people log in to
 * engine REST, /api and Tasklist with their directory passwords, their directory groups give them their tasks, the
 * configured directory account administers, and nothing is written to a user or group table.
 */
@TestDirectory.DirectoryService
class LdapLoginIT {

  static final String BASE = TestDirectory.BASE;
  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy";
  static final Map<String, String> PASSWORDS = TestDirectory.PASSWORDS;

  private static boolean organised;

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void organise() {
    http = TestDirectory.http(port);
    synchronized (LdapLoginIT.class) {
      if (organised) {
        return;
      }
      // as the directory's administrator: the college (authorizations for its directory groups) and two students
      var college = TestDirectory.organise(http);
      JsonNode expected = college.json().get("directoryGroups");
      assertThat(expected).as(college.body()).isNotNull();
      Map<String, Boolean> inDirectory = new java.util.LinkedHashMap<>();
      expected.forEach(group -> inDirectory.put(group.get("groupId").asText(), group.get("inDirectory").asBoolean()));
      assertThat(inDirectory).containsExactly(Map.entry("college-cs-league", true), Map.entry("college-cs-party", true),
          Map.entry("class-cs2301-branch", false), Map.entry("union-cs-su", false), Map.entry("union-cs-gsu", false));
      organised = true;
    }
  }

  @Test
  @DisplayName("Administrator: the configured directory account is in camunda-admin everywhere; the service wrote no"
      + " user, group or membership, and granted the directory groups their rights in the engine")
  void administrator() {
    assertThat(http.get("it-admin", "/api/colleges").status()).isEqualTo(200);
    JsonNode groups = http.get("it-admin", "/engine-rest/group?member=it-admin").json();
    assertThat(groups.findValuesAsText("id")).containsExactly("camunda-admin");
    assertThat(http.get("it-admin", "/engine-rest/user/it-admin/profile").json().get("firstName").asText())
        .isEqualTo("信息中心管理员");
    assertThat(http.get("it-admin", "/actuator/health").status()).isEqualTo(200);
    // the directory is read-only for everyone, administrators included
    var create = http.postJson("it-admin", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(create.status()).as(create.body()).isEqualTo(403);
    for (String table : List.of("ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
    }
    // the authorizations of the directory's groups are the engine's: created at start-up and by POST /api/colleges
    for (String group : List.of("camunda-admin", "party-committee", "college-cs-league", "class-cs2301-branch")) {
      assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where GROUP_ID_ = ?", Integer.class,
          group)).as(group).isPositive();
    }
    Webapp cockpit = new Webapp(port);
    var login = cockpit.login("cockpit", "it-admin", "admin-secret");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().get("authorizedApps").toString()).contains("cockpit", "admin", "tasklist");
  }

  @Test
  @DisplayName("P1 with directory people only: the college league starts, the college Party organisation sees and"
      + " decides, a person removed from the Party group loses the task at once, the school offices finish it")
  void candidacyWithDirectoryPeople() {
    var started = http.postJson("lilei", P1 + "/submit-form", Http.variables("studentId", "2023001", "unionId",
        "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    // both members of college-cs-party see the task; then zhoubei leaves the group in the directory
    String taskId = EngineRest.awaitTask(http, "hanmeimei", instanceId, "collegePartyReview").get("id").asText();
    assertThat(EngineRest.awaitTask(http, "zhoubei", instanceId, "collegePartyReview").get("id").asText())
        .isEqualTo(taskId);
    try {
      TestDirectory.server().modify("cn=college-cs-party,ou=groups," + BASE, new Modification(ModificationType.DELETE, "member",
          "uid=zhoubei,ou=people," + BASE));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(http.get("zhoubei", "/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();
    var foreign = http.postJson("zhoubei", "/engine-rest/task/" + taskId + "/submit-form",
        Http.variables("approved", true, "comment", "已离开党组织"));
    assertThat(foreign.status()).as(foreign.body()).isIn(403, 404);
    // the league that nominated does not decide in the Party organisation's place
    assertThat(http.get("lilei", "/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();

    decide("hanmeimei", instanceId, "collegePartyReview", "同意推荐");
    decide("wangxue", instanceId, "studentAffairsReview", "学工部同意");
    decide("zhaogang", instanceId, "graduateAffairsReview", "研工部同意");
    decide("chentuan", instanceId, "youthLeagueReview", "校团委同意");
    String decisionTask = EngineRest.awaitTask(http, "liudang", instanceId, "partyCommitteeDecision").get("id").asText();
    String record = http.get("liudang", "/engine-rest/task/" + decisionTask
        + "/form-variables?variableNames=approvalRecord").json().get("approvalRecord").get("value").asText();
    // offices and people by the names the directory gives them
    assertThat(record).contains("计算机学院党组织 韩梅梅").contains("校团委 陈团");
    decide("liudang", instanceId, "partyCommitteeDecision", "党委同意");

    JsonNode variables = http.get("it-admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId)
        .json();
    assertThat(EngineRest.valueOf(variables, "outcome")).isEqualTo("CANDIDATE_CONFIRMED");
  }

  @Test
  @DisplayName("Refusals: a wrong password and an unknown account get 401 on engine REST and /api; people in no group"
      + " the service knows see nothing and start nothing")
  void refusals() {
    for (String path : List.of("/engine-rest/task", "/api/colleges")) {
      assertThat(http.withPassword("lilei", "wrong", path).status()).as(path).isEqualTo(401);
      assertThat(http.withPassword("lilei", "", path).status()).as(path + " empty password").isEqualTo(401);
      assertThat(http.withPassword("nobody-here", "league-pass", path).status()).as(path).isEqualTo(401);
    }
    assertThat(http.get("lilei", "/engine-rest/task").status()).isEqualTo(200);

    for (String user : List.of("qianliu", "sunwu")) {
      assertThat(http.get(user, "/engine-rest/group?member=" + user).json().findValuesAsText("id"))
          .as(user).doesNotContain("camunda-admin", "college-cs-league", "college-cs-party");
      assertThat(http.get(user, "/engine-rest/task").json()).as(user).isEmpty();
      assertThat(http.get(user, "/engine-rest/process-definition").json()).as(user).isEmpty();
      var start = http.postJson(user, P1 + "/submit-form", Http.variables("studentId", "2023002", "unionId",
          "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "x"));
      assertThat(start.status()).as(user + ": " + start.body()).isIn(403, 404);
      assertThat(new Webapp(port).login("tasklist", user, PASSWORDS.get(user)).status()).as(user).isNotEqualTo(200);
    }
  }

  @Test
  @DisplayName("Tasklist: a directory person logs in with the directory password and reads their tasks through the"
      + " webapp's engine API; a wrong password is refused")
  void tasklistLogin() {
    Webapp browser = new Webapp(port);
    assertThat(browser.login("tasklist", "hanmeimei", "wrong").status()).isEqualTo(401);
    var login = browser.login("tasklist", "hanmeimei", "party-pass");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().get("userId").asText()).isEqualTo("hanmeimei");
    assertThat(login.json().get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    assertThat(browser.getEngine("/task").status()).isEqualTo(200);
    assertThat(browser.getEngine("/identity/groups?userId=hanmeimei").body()).contains("college-cs-party");
  }

  @Test
  @DisplayName("Login throttling applies to directory passwords: guesses from another address are slowed with 429,"
      + " the person's right password from their own address still works")
  void throttled() {
    FromAddress guesser = new FromAddress("127.0.0.3", port);
    List<Integer> statuses = new ArrayList<>();
    for (int guess = 0; guess < 14; guess++) {
      statuses.add(guesser.getBasic("/engine-rest/task", "chentuan", "guess-" + guess).status());
    }
    assertThat(statuses).containsOnly(401, 429).contains(429);
    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(http.get("chentuan", "/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Directory health: readiness is DOWN (503, status only) within the bound while the directory does not"
      + " answer, liveness stays UP, and readiness is UP again once it answers; administrators see the component")
  void directoryHealth() {
    String readiness = "/actuator/health/readiness";
    assertThat(http.get(null, readiness).status()).isEqualTo(200);
    assertThat(http.get(TestDirectory.ADMIN, readiness).json().at("/components/directory/status").asText())
        .isEqualTo("UP");
    TestDirectory.stop();
    try {
      long asked = System.nanoTime();
      var down = http.get(null, readiness);
      long millis = (System.nanoTime() - asked) / 1_000_000;
      assertThat(down.status()).as(down.body()).isEqualTo(503);
      assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
      assertThat(down.json().has("components")).as("details for anonymous").isFalse();
      assertThat(millis).as("readiness answered within the bound (ms)").isLessThan(3_000);
      assertThat(http.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
      assertThat(http.get("lilei", "/engine-rest/task").status()).as("no login without the directory")
          .isNotEqualTo(200);
    } finally {
      TestDirectory.restart();
    }
    assertThat(http.get(null, readiness).status()).isEqualTo(200);
    assertThat(http.get("lilei", "/engine-rest/task").status()).isEqualTo(200);
  }

  private void decide(String user, String instanceId, String taskKey, String comment) {
    String taskId = EngineRest.awaitTask(http, user, instanceId, taskKey).get("id").asText();
    var done = http.postJson(user, "/engine-rest/task/" + taskId + "/submit-form",
        Http.variables("approved", true, "comment", comment));
    assertThat(done.status()).as(user + " " + taskKey + ": " + done.body()).isEqualTo(204);
  }
}
