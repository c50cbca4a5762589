package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * C1 over HTTP on the demo organisation: GET /api/congresses?year= with every state (FILED after a real econ-su
 * congress, IN_PROGRESS, REMINDED with the league's answer, MISSING), who may read it, its Excel file, and the filed
 * results as JSON and as the printable announcement (公告); the econ-su reminder ends when its congress is filed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:congress-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class H2CongressIT {

  static final String START = CongressWalk.START;
  static final String XLSX = ImportExportScenarios.XLSX;
  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @LocalServerPort
  int port;
  Http http;
  CongressWalk walk;

  @BeforeEach
  void client() {
    http = new Http(port);
    walk = new CongressWalk(http);
  }

  @Test
  @DisplayName("C1: every union's congress state for the year (FILED with dates, IN_PROGRESS, REMINDED with the league's plan, MISSING), its Excel file, the filed results as JSON and as 公告; the filed union's reminder ends by itself")
  void statesResultsAndAnnouncement() throws Exception {
    // REMINDED: the reminders an administrator starts as the daily check would (the college leagues may not)
    assertThat(http.postJson("college-cs-league", START + "college-congress-reminder/start",
        Http.variables("unionId", "cs-su", "year", YEAR)).status()).as("no start form, no start right").isIn(400, 403, 404);
    String csReminder = walk.start("admin", "college-congress-reminder", "unionId", "cs-su", "year", YEAR);
    String econReminder = walk.start("admin", "college-congress-reminder", "unionId", "econ-su", "year", YEAR);
    var school = http.postJson("admin", START + "college-congress-reminder/start",
        Http.variables("unionId", "school-su", "year", YEAR));
    assertThat(school.status()).isEqualTo(400);
    assertThat(school.body()).contains("C1").contains("校级学生组织");
    String planned = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
    walk.complete("college-cs-league", csReminder, "planCongress", "plannedDate", planned, "note", "12 月下旬召开");

    // IN_PROGRESS: cs-gsu's congress convened and left running
    walk.start("college-cs-league", "student-congress", "unionId", "cs-gsu", "year", YEAR, "studentsRepresented", 100);

    // FILED: econ-su's congress from its candidate to the filing
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    walk.fileEconCongress(YEAR, "cy-c1", 87, today, "经院学联备〔" + YEAR + "〕5号");
    assertThat(variable(econReminder, "outcome")).as("econ-su's reminder ends with its filed congress")
        .isEqualTo("CONGRESS_FILED");

    Map<String, JsonNode> states = byUnion(ok(http.get("youth-league", "/api/congresses?year=" + YEAR)));
    assertThat(states.keySet()).contains("school-su", "school-gsu", "cs-su", "cs-gsu", "econ-su", "econ-gsu");
    assertThat(states.get("econ-su").get("state").asText()).isEqualTo("FILED");
    assertThat(states.get("econ-su").get("date").asText()).isEqualTo(today);
    assertThat(states.get("econ-su").get("approvedOn").asText()).isEqualTo(today);
    assertThat(states.get("econ-su").get("filingReference").asText()).isEqualTo("经院学联备〔" + YEAR + "〕5号");
    assertThat(states.get("econ-su").get("businessKey").asText()).isEqualTo("C-" + YEAR + "-econ-su");
    assertThat(states.get("cs-gsu").get("state").asText()).isEqualTo("IN_PROGRESS");
    assertThat(states.get("cs-gsu").get("date").asText()).isEqualTo(today);
    assertThat(states.get("cs-su").get("state").asText()).isEqualTo("REMINDED");
    assertThat(states.get("cs-su").get("plannedOn").asText()).isEqualTo(planned);
    assertThat(states.get("cs-su").get("note").asText()).isEqualTo("12 月下旬召开");
    assertThat(states.get("cs-su").get("reminderBusinessKey").asText()).isEqualTo("C1-" + YEAR + "-cs-su");
    assertThat(states.get("school-su").get("state").asText()).isEqualTo("MISSING");
    assertThat(states.get("school-su").get("date").isNull()).isTrue();
    assertThat(byUnion(ok(http.get("youth-league", "/api/congresses?year=" + (YEAR - 1)))).values())
        .as("another year").allMatch(row -> row.get("state").asText().equals("MISSING"));

    // the Excel file of the same list
    Http.Download file = http.download("youth-league", "/api/congresses?year=" + YEAR, XLSX);
    assertThat(file.status()).isEqualTo(200);
    List<List<String>> rows = ImportExportScenarios.read(file.body());
    assertThat(rows.get(0)).containsExactly("学生组织", "级别", "状态", "日期", "批准日期", "报备文号", "提醒日期",
        "计划召开日期", "说明");
    assertThat(rows).hasSize(states.size() + 1);
    // a row ends at its last filled cell
    assertThat(rows).anySatisfy(row -> assertThat(String.join("|", row))
        .startsWith(states.get("econ-su").get("unionName").asText() + "|院级|已召开并报备|" + today + "|" + today
            + "|经院学联备〔" + YEAR + "〕5号"));
    assertThat(rows).anySatisfy(row -> assertThat(String.join("|", row))
        .endsWith("|院级|已提醒|" + today + "|||" + today + "|" + planned + "|12 月下旬召开"));

    // the filed results, JSON and 公告, readable by any signed-in caller
    JsonNode results = ok(http.get("union-school-su", "/api/unions/econ-su/congress?year=" + YEAR));
    assertThat(results.get("approvedOn").asText()).isEqualTo(today);
    assertThat(results.get("elected").get(0).get("studentId").asText()).isEqualTo("cy-c1");
    assertThat(results.get("elected").get(0).get("votes").asInt()).isEqualTo(87);
    var page = http.getAccepting("class-cs2301-branch", "/api/unions/econ-su/congress?year=" + YEAR, "text/html");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("年度学生代表大会选举结果公告").contains("现予公告")
        .contains("同级党组织于 " + today + " 批准").contains("<link rel=\"stylesheet\" href=\"/case-files.css\">")
        .containsPattern("<td>1</td><td>cy-c1</td><td>测试cy-c1</td><td>经济[^<]*</td><td>87 票</td>");
    var none = http.getAccepting("admin", "/api/unions/cs-su/congress?year=" + YEAR, "text/html");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.body()).contains("尚无已报备的 " + YEAR + " 年度学生代表大会");
    assertThat(http.get("admin", "/api/unions/cs-su/congress?year=" + YEAR).status()).isEqualTo(404);
    assertThat(http.get("admin", "/api/unions/nope/congress?year=" + YEAR).status()).isEqualTo(404);
    assertThat(http.getAccepting(null, "/api/unions/econ-su/congress?year=" + YEAR, "text/html").status())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("C1: who reads /api/congresses: administrators and the overseeing school offices every union, a college's league and Party organisation their own college's, others 403, anonymous 401; a bad year 400")
  void access() {
    for (String reader : List.of("admin", "youth-league", "youth-league-deputy", "party-committee", "student-affairs",
        "graduate-affairs")) {
      assertThat(byUnion(ok(http.get(reader, "/api/congresses?year=" + YEAR))).keySet()).as(reader)
          .contains("school-su", "school-gsu", "cs-su", "econ-su");
    }
    for (String college : List.of("college-cs-league", "college-cs-party")) {
      assertThat(byUnion(ok(http.get(college, "/api/congresses?year=" + YEAR))).keySet()).as(college)
          .containsExactlyInAnyOrder("cs-su", "cs-gsu");
    }
    for (String stranger : List.of("review-board", "union-school-su", "class-cs2301-branch")) {
      var refused = http.get(stranger, "/api/congresses?year=" + YEAR);
      assertThat(refused.status()).as(stranger).isEqualTo(403);
      assertThat(refused.body()).contains("C1");
      assertThat(http.download(stranger, "/api/congresses?year=" + YEAR, XLSX).status()).as(stranger).isEqualTo(403);
    }
    assertThat(http.get(null, "/api/congresses?year=" + YEAR).status()).isEqualTo(401);
    assertThat(http.get("youth-league", "/api/congresses?year=1800").status()).isEqualTo(400);
    assertThat(http.get("youth-league", "/api/congresses").status()).isEqualTo(400);
  }

  String variable(String instanceId, String name) {
    JsonNode found = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=" + name).json();
    return found.size() == 0 ? null : found.get(0).get("value").asText();
  }

  static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static Map<String, JsonNode> byUnion(JsonNode list) {
    Map<String, JsonNode> rows = new HashMap<>();
    list.forEach(row -> rows.put(row.get("unionId").asText(), row));
    return rows;
  }
}
