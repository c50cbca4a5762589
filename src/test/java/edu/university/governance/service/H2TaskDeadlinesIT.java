package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.process.OverdueTasks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14 through real HTTP on H2 with the demo organisation: a P1 task gets its due date from the table, and once it
 * has passed and the deadline check has run, the Tasklist filter "逾期任务" lists it for the working office (the cs
 * college Party organisation) and for the supervising office (校团委), and for nobody else; the check escalates once.
 * The engine's clock is moved and the check called directly (its schedule is pushed out of the test's way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:deadlines-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "governance.deadlines.initial-delay=PT1H"})
class H2TaskDeadlinesIT {

  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy/start";

  @LocalServerPort
  int port;
  @Autowired
  OverdueTasks overdueTasks;
  @Autowired
  JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  List<String> overdueFor(String user) {
    JsonNode filters = http.get(user, "/engine-rest/filter?name="
        + URLEncoder.encode("逾期任务", StandardCharsets.UTF_8)).json();
    assertThat(filters.size()).as(user + " sees the filter 逾期任务").isEqualTo(1);
    Http.Response list = http.get(user, "/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().findValuesAsText("id");
  }

  @Test
  @DisplayName("P1.2 due in five working days; overdue: in 逾期任务 of college-cs-party and youth-league only, escalated once")
  void overdueTaskReachesTheSupervisingOffice() {
    Http.Response started = http.postJson("college-cs-league", P1, Http.variables("studentId", "2023001",
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode task = EngineRest.awaitTask(http, "college-cs-party", started.json().get("id").asText(), "collegePartyReview");
    String taskId = task.get("id").asText();
    Instant created = OffsetDateTime.parse(task.get("created").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    Instant due = OffsetDateTime.parse(task.get("due").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    // five working days: seven calendar days whatever the weekday, as no weekend day is a working day
    assertThat(Duration.between(created, due)).isEqualTo(Duration.ofDays(7));

    for (String user : List.of("college-cs-party", "youth-league", "college-econ-party", "student-affairs")) {
      assertThat(overdueFor(user)).as(user + " before the due date").doesNotContain(taskId);
    }

    Instant overdue = due.plus(Duration.ofMinutes(1));
    ClockUtil.setCurrentTime(Date.from(overdue));
    assertThat(overdueFor("college-cs-party")).as("the working office, as soon as it is overdue").contains(taskId);
    assertThat(overdueFor("youth-league")).as("the supervising office, before the check").doesNotContain(taskId);

    assertThat(overdueTasks.check(overdue).escalated()).isGreaterThanOrEqualTo(1);
    assertThat(overdueFor("youth-league")).as("the supervising office, after the check").contains(taskId);
    assertThat(overdueFor("college-cs-party")).contains(taskId);
    for (String user : List.of("college-econ-party", "student-affairs", "party-committee")) {
      assertThat(overdueFor(user)).as(user).doesNotContain(taskId);
    }
    // the supervising office sees the task, it does not take it over
    assertThat(http.postJson("youth-league", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"youth-league\"}")
        .status()).isIn(400, 403);
    assertThat(http.get("college-cs-party", "/engine-rest/task/" + taskId).status()).isEqualTo(200);

    overdueTasks.check(overdue.plus(Duration.ofHours(1)));
    assertThat(jdbc.queryForList("select kind, audience from gov_task_event where task_id = ? order by id", taskId))
        .extracting(row -> row.get("KIND") + " " + row.get("AUDIENCE"))
        .containsExactly("ESCALATION youth-league");
  }
}
