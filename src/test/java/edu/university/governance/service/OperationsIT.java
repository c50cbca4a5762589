package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 15 through real HTTP, on H2 with the demo organisation: the health probes, the Prometheus metrics and who may
 * read them, and the described API (/v3/api-docs, Swagger UI, engine-rest's own document).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
// Spring Boot's tests replace every metrics exporter by an in-memory registry unless asked: the real one here
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class OperationsIT {

  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy";
  static final String PROMETHEUS = "/actuator/prometheus";

  @LocalServerPort
  int port;
  Http http;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  @DisplayName("Health: liveness and readiness answer anyone with the status alone; a staff user sees no more")
  void probesAnonymous() {
    for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      for (String user : new String[] {null, "college-cs-league"}) {
        Http.Response answer = http.get(user, path);
        assertThat(answer.status()).as(user + " " + path + ": " + answer.body()).isEqualTo(200);
        assertThat(fieldNames(answer.json())).as(user + " " + path + ": " + answer.body()).containsExactly("status");
        assertThat(answer.json().get("status").asText()).isEqualTo("UP");
      }
    }
    assertThat(http.withPassword("admin", "wrong", "/actuator/health/readiness").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("Health: administrators see the details: readiness of the start-up and the database, the engine")
  void detailsForAdministrators() {
    JsonNode readiness = http.get("admin", "/actuator/health/readiness").json();
    assertThat(readiness.get("status").asText()).isEqualTo("UP");
    assertThat(fieldNames(readiness.get("components"))).containsExactlyInAnyOrder("readinessState", "database");
    assertThat(readiness.at("/components/database/details/database").asText()).isEqualTo("H2");
    JsonNode health = http.get("admin", "/actuator/health").json();
    assertThat(fieldNames(health.get("components"))).contains("database", "livenessState", "readinessState",
        "processEngine", "jobExecutor", "diskSpace");
  }

  @Test
  @DisplayName("Actuator: nothing else for anyone; the metrics refuse anonymous (401) and staff (403), other endpoints"
      + " are closed or not exposed")
  void restClosed() {
    assertThat(http.get(null, PROMETHEUS).status()).isEqualTo(401);
    assertThat(http.get("college-cs-league", PROMETHEUS).status()).isEqualTo(403);
    assertThat(http.get("review-board", PROMETHEUS).status()).isEqualTo(403);
    assertThat(http.withPassword("monitoring", "wrong", PROMETHEUS).status()).isEqualTo(401);
    assertThat(http.get(null, "/actuator/health").status()).isEqualTo(401);
    assertThat(http.get("college-cs-league", "/actuator/health").status()).isEqualTo(403);
    for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
        "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers")) {
      assertThat(http.get(null, path).status()).as("anonymous " + path).isEqualTo(401);
      assertThat(http.get("monitoring", path).status()).as("monitoring " + path).isEqualTo(403);
      assertThat(http.get("admin", path).status()).as("admin " + path + " (not exposed)").isEqualTo(404);
    }
  }

  @Test
  @DisplayName("Metrics: administrators and monitoring read JVM, HTTP and the service's own series; a P1 start adds an"
      + " open task at collegePartyReview and a started procedure, a refused start counts under its rule (P1)")
  void metrics() {
    Http.Response admin = http.get("admin", PROMETHEUS);
    assertThat(admin.status()).isEqualTo(200);
    Http.Response monitoring = http.get("monitoring", PROMETHEUS);
    assertThat(monitoring.status()).isEqualTo(200);
    for (String name : List.of("jvm_memory_used_bytes", "http_server_requests_seconds_count", "governance_open_tasks",
        "governance_overdue_tasks", "governance_procedures_started_total", "governance_procedures_running", "governance_failed_jobs", "governance_open_incidents",
        "governance_database_up")) {
      assertThat(monitoring.body()).as(name).contains("\n" + name);
    }
    assertThat(value(monitoring.body(), "governance_database_up")).isEqualTo(1.0);
    String openAtPartyReview = "governance_open_tasks{process=\"school-presidium-candidacy\",step=\"collegePartyReview\"}";
    String overdueAtPartyReview = openAtPartyReview.replace("open", "overdue");
    String started = "governance_procedures_started_total{process=\"school-presidium-candidacy\"}";
    String refusedP1 = "governance_refusals_total{rule=\"P1\"}";
    String rejected = "governance_procedures_ended_total{outcome=\"REJECTED\",process=\"school-presidium-candidacy\"}";
    // zeros before anything happens: every step of every deployed process has its series
    assertThat(value(monitoring.body(), openAtPartyReview)).isNotNull();
    assertThat(value(monitoring.body(), "governance_failed_jobs{process=\"school-presidium-candidacy\"}")).isEqualTo(0.0);
    double openBefore = value(monitoring.body(), openAtPartyReview);
    double overdueBefore = value(monitoring.body(), overdueAtPartyReview);
    double startedBefore = value(monitoring.body(), started);
    double refusedBefore = orZero(value(monitoring.body(), refusedP1));
    double rejectedBefore = orZero(value(monitoring.body(), rejected));

    Http.Response start = http.postJson("college-cs-league", P1 + "/start", Http.variables("studentId", "2024002",
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(start.status()).as(start.body()).isEqualTo(200);
    String taskId = EngineRest.awaitTask(http, "college-cs-party", start.json().get("id").asText(), "collegePartyReview")
        .get("id").asText();
    // P1.1: only the league of the nominee's college nominates: econ's league is refused for a cs student
    Http.Response refused = http.postJson("college-econ-league", P1 + "/start", Http.variables("studentId", "2023001",
        "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("P1.1");

    assertThat(http.get("admin", "/api/colleges").status()).isEqualTo(200);
    String after = http.get("monitoring", PROMETHEUS).body();
    assertThat(value(after, openAtPartyReview)).isEqualTo(openBefore + 1);
    assertThat(value(after, overdueAtPartyReview)).isEqualTo(overdueBefore);
    assertThat(value(after, started)).isEqualTo(startedBefore + 1);
    assertThat(value(after, refusedP1)).isEqualTo(refusedBefore + 1);
    assertThat(after).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/colleges\"")
        .as("engine-rest is no Spring MVC handler").containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\"");

    // P4: the college Party organisation refuses: the procedure ends REJECTED and its task is no longer open
    assertThat(http.postJson("college-cs-party", "/engine-rest/task/" + taskId + "/complete",
        Http.variables("approved", false, "comment", "不同意推荐")).status()).isEqualTo(204);
    String ended = http.get("admin", PROMETHEUS).body();
    assertThat(value(ended, openAtPartyReview)).isEqualTo(openBefore);
    assertThat(value(ended, rejected)).isEqualTo(rejectedBefore + 1);
    assertThat(value(ended, started)).isEqualTo(startedBefore + 1);
  }

  @Test
  @DisplayName("OpenAPI: /v3/api-docs and Swagger UI need a login; the document describes every /api endpoint of the"
      + " controllers, with a summary, its answers and the ApiError body")
  void apiDescribed() {
    assertThat(http.get(null, "/v3/api-docs").status()).isEqualTo(401);
    assertThat(http.get(null, "/swagger-ui/index.html").status()).isEqualTo(401);
    assertThat(http.get(null, "/v3/api-docs/engine-rest").status()).isEqualTo(401);
    Http.Response answer = http.get("college-cs-league", "/v3/api-docs");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode document = answer.json();
    JsonNode paths = document.get("paths");
    assertThat(fieldNames(paths)).contains("/api/procedures", "/api/procedures/{processInstanceId}", "/api/students",
        "/api/students/{studentId}", "/api/colleges", "/api/unions/{unionId}/roster");
    assertThat(fieldNames(paths)).allMatch(path -> path.startsWith("/api/"));
    assertThat(document.at("/components/schemas/ApiError/properties").has("problems")).isTrue();

    // every handler method under /api, as Spring MVC maps it, is in the document and described
    List<String> missing = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      for (String path : mapping.getKey().getPatternValues()) {
        if (!path.startsWith("/api/")) {
          continue;
        }
        for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
          JsonNode operation = paths.path(path).path(method.name().toLowerCase());
          String where = method + " " + path + " (" + mapping.getValue().getMethod().getName() + ")";
          if (operation.isMissingNode()) {
            missing.add(where + ": not in the document");
          } else if (operation.path("summary").asText().isBlank()) {
            missing.add(where + ": no summary (@Operation)");
          } else if (!operation.path("responses").fieldNames().hasNext()
              || fieldNames(operation.get("responses")).stream().noneMatch(code -> code.startsWith("2"))) {
            missing.add(where + ": no success answer");
          } else {
            for (String code : fieldNames(operation.get("responses"))) {
              if (code.matches("[45]\\d\\d") && !operation.at("/responses/" + code + "/content/application~1json/schema/$ref")
                  .asText().endsWith("/ApiError")) {
                missing.add(where + ": " + code + " without the ApiError body");
              }
            }
            if (!operation.path("responses").has("401")) {
              missing.add(where + ": no 401");
            }
          }
        }
      }
    }
    assertThat(missing).as("endpoints of /api not described").isEmpty();
    assertThat(paths.at("/~1api~1procedures~1{processInstanceId}/get/responses").has("404")).isTrue();
    assertThat(paths.at("/~1api~1students/post/requestBody/content").has("text/csv")).isTrue();
    assertThat(paths.at("/~1api~1procedures/get/parameters").findValuesAsText("name")).doesNotContain("caller");

    Http.Response ui = http.get("college-cs-league", "/swagger-ui/index.html");
    assertThat(ui.status()).isEqualTo(200);
    JsonNode config = http.get("college-cs-league", "/v3/api-docs/swagger-config").json();
    assertThat(config.get("urls").findValuesAsText("url")).containsExactlyInAnyOrder("/v3/api-docs",
        "/v3/api-docs/engine-rest");
  }

  @Test
  @DisplayName("OpenAPI: Camunda's engine-rest description is served beside it, pointing at this service's /engine-rest")
  void engineRestDescribed() {
    Http.Response answer = http.get("college-cs-league", "/v3/api-docs/engine-rest");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode document = answer.json();
    assertThat(document.at("/info/version").asText()).isEqualTo("7.24.0");
    assertThat(document.get("paths").has("/process-definition/key/{key}/start")).isTrue();
    assertThat(document.get("paths").has("/task/{id}/complete")).isTrue();
    assertThat(document.get("servers").findValuesAsText("url")).containsExactly("/engine-rest");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }

  /** The value of a series in Prometheus' text format (name and labels exactly as written), or null when absent. */
  static Double value(String exposition, String series) {
    Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(exposition);
    return line.find() ? Double.valueOf(line.group(1)) : null;
  }
}
