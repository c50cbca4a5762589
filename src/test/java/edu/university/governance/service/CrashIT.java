package edu.university.governance.service;

import static edu.university.governance.service.ClusterIT.pause;
import static edu.university.governance.service.ClusterIT.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import edu.university.governance.node.ServiceNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 7 "Faults"): while client threads start P1 and P3 nominations and complete their
 * tasks, each as the right user, the service is killed with kill -9 and restarted on the same database.
 * Afterwards every instance whose start was answered 200 is still there, at a task or finished; every task
 * completion answered 204 stays completed; and the roster and the confirmed candidates match the outcomes.
 */
class CrashIT {

  static final int CLIENTS = 4;
  static final int STUDENTS = 600;
  static final long LOAD_BEFORE_KILL_MILLIS = 8_000;
  static final long LOAD_AFTER_RESTART_MILLIS = 5_000;
  static final Duration FIRST_ANSWER_AFTER_RESTART = Duration.ofSeconds(60);
  static final String READY = "Demo organisation ready";
  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy";
  static final String P3 = "/engine-rest/process-definition/key/college-nomination";
  static final List<String> COLLEGE_UNIONS = List.of("cs-su", "econ-su");
  static final List<String> SCHOOL_UNIONS = List.of("school-su", "school-gsu");

  @Test
  @DisplayName("Crash on H2: kill -9 under load, restart on the file database in the node's directory, nothing answered is lost")
  void onH2() throws Exception {
    crashAndRestart("h2", List.of("--spring.profiles.active=demo"));
  }

  @Test
  @DisplayName("Crash on PostgreSQL: kill -9 under load, restart on the same database, nothing answered is lost")
  void onPostgres() throws Exception {
    Assumptions.assumeTrue(TestPostgres.answers(), "PostgreSQL at 127.0.0.1:5432 does not answer: crash test on it skipped");
    crashAndRestart("postgres", List.of("--spring.profiles.active=demo,postgres",
        "--spring.datasource.url=" + TestPostgres.freshDatabase("crash")));
  }

  private void crashAndRestart(String label, List<String> springArgs) throws Exception {
    String name = "crash-" + label;
    Path workDir = Paths.get("target", "nodes", name);
    deleteTree(workDir);
    int port = ServiceNode.freePort();
    ServiceNode node = ServiceNode.start(name, workDir, port, Map.of(), springArgs, ClusterIT.NODE_JVM);
    try {
      node.awaitLog(READY, ClusterIT.START);
      Http http = new Http(port);
      List<Nominee> nominees = importNominees(http, label, STUDENTS);
      Map<String, Set<String>> rosterBefore = rosters(http, COLLEGE_UNIONS);
      Map<String, Set<String>> candidatesBefore = candidates(http);

      Load load = new Load(http, nominees);
      load.start();
      pause(LOAD_BEFORE_KILL_MILLIS);
      long killedAt = System.nanoTime();
      int startedBeforeKill = load.started.size();
      int completedBeforeKill = load.completed.size();
      node.kill9();
      node = ServiceNode.start(name, workDir, port, Map.of(), springArgs, ClusterIT.NODE_JVM);
      node.awaitLog(READY, ClusterIT.START);
      double outage = (System.nanoTime() - killedAt) / 1e9;
      int startedBeforeRestart = load.started.size();
      // a node restarted on a busy machine answers its first start only once its JIT has warmed up: wait for that
      // first answer (the assertion below fails if none comes), then keep the load on for a while
      long firstAnswerDeadline = System.nanoTime() + FIRST_ANSWER_AFTER_RESTART.toNanos();
      while (load.started.size() <= startedBeforeRestart && System.nanoTime() < firstAnswerDeadline) {
        pause(200);
      }
      pause(LOAD_AFTER_RESTART_MILLIS);
      load.stop();
      assertThat(load.started.size()).as("starts answered 200 after the restart").isGreaterThan(startedBeforeRestart);
      assertThat(load.unexpected).as("answers other than 200/204 (or none while the node was down)").isEmpty();

      long stoppedAt = System.nanoTime();
      Map<String, JsonNode> instances = settled(http, load.started);
      double settling = (System.nanoTime() - stoppedAt) / 1e9;
      Set<String> finishedTasks = stream(http.get("admin", "/engine-rest/history/task?finished=true").json())
          .filter(task -> "completed".equals(task.path("deleteReason").asText()))
          .map(task -> task.get("id").asText()).collect(Collectors.toSet());
      assertThat(finishedTasks).as("tasks whose completion was answered 204").containsAll(load.completed);

      Outcomes outcomes = outcomes(http);
      int rosterChecked = checkRosters(http, rosterBefore, outcomes);
      int candidatesChecked = checkCandidates(http, candidatesBefore, outcomes);

      long running = instances.values().stream().filter(i -> i.get("state").asText().equals("ACTIVE")).count();
      System.out.printf("Crash (%s): killed after %d starts and %d task completions; back after %.1f s; "
              + "%d requests went unanswered meanwhile (%d of them starts)%n", label, startedBeforeKill,
          completedBeforeKill, outage, load.unanswered.get(), load.startsUnanswered.get());
      System.out.printf("Crash (%s): %d started (answered 200), all there: %d running at a task, %d finished %s; "
              + "%d instances in all; %d task completions answered 204, all completed; settled %.1f s after the load%n",
          label, load.started.size(), running, instances.size() - running, outcomes.finishedCounts(instances.keySet()),
          outcomes.total(), load.completed.size(), settling);
      System.out.printf("Crash (%s): roster entries checked %d (every APPOINTED nominee, nobody else); "
          + "confirmed candidates checked %d%n", label, rosterChecked, candidatesChecked);
    } finally {
      node.close();
    }
  }

  record Nominee(String studentId, String collegeId, String classId, String departmentId) {
  }

  /** Students of both colleges, eligible (E1–E3), each nominated once: P1 for even numbers, P3 for odd ones. */
  static List<Nominee> importNominees(Http http, String label, int count) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode rows = mapper.createArrayNode();
    List<Nominee> nominees = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean cs = i % 4 < 2;
      String collegeId = cs ? "cs" : "econ";
      String classId = cs ? (i % 2 == 0 ? "cs2301" : "cs2401") : (i % 2 == 0 ? "ec2301" : "ec2401");
      String departmentId = cs ? (i % 8 < 4 ? "office" : "study") : (i % 8 < 4 ? "office" : "practice");
      Nominee nominee = new Nominee(label + "-" + i, collegeId, classId, departmentId);
      nominees.add(nominee);
      rows.addObject().put("studentId", nominee.studentId()).put("name", "压测" + i)
          .put("collegeId", collegeId).put("classId", classId).put("major", cs ? "计算机科学与技术" : "经济学")
          .put("grade", 2024).put("politicalStatus", "CYL_MEMBER").put("majorRank", 1).put("majorSize", 100)
          .put("failedCourses", 0);
    }
    var imported = http.postJson("admin", "/api/students", rows.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    return nominees;
  }

  /**
   * Client threads, each taking the next nominee: start the nomination as the nominating group, then
   * complete its tasks one by one as their groups (every fifth P3 refused by the college Party organisation),
   * until it ends or the load stops. A request without an answer (the node is down) is retried after a pause.
   */
  static final class Load {

    record Started(String instanceId, Nominee nominee) {
    }

    final Http http;
    final List<Nominee> nominees;
    final AtomicInteger next = new AtomicInteger();
    final ConcurrentLinkedQueue<Started> started = new ConcurrentLinkedQueue<>();
    final Set<String> completed = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger startsUnanswered = new AtomicInteger();
    final List<Thread> clients = new ArrayList<>();
    volatile boolean stopping;

    Load(Http http, List<Nominee> nominees) {
      this.http = http;
      this.nominees = nominees;
    }

    void start() {
      for (int i = 0; i < CLIENTS; i++) {
        Thread client = new Thread(this::run, "crash-client-" + i);
        clients.add(client);
        client.start();
      }
    }

    void stop() throws InterruptedException {
      stopping = true;
      for (Thread client : clients) {
        client.join(60_000);
      }
    }

    private void run() {
      int n;
      while (!stopping && (n = next.getAndIncrement()) < nominees.size()) {
        Nominee nominee = nominees.get(n);
        String instanceId = start(n, nominee);
        if (instanceId != null) {
          work(instanceId, nominee, n % 10 == 1);
        }
      }
    }

    private String start(int n, Nominee nominee) {
      try {
        var response = n % 2 == 0
            ? http.postJson("college-" + nominee.collegeId() + "-league", P1 + "/start", Http.variables(
                "studentId", nominee.studentId(), "unionId", SCHOOL_UNIONS.get(n / 2 % 2),
                "basis", "OUTSTANDING_STUDENT", "statement", "压力测试"))
            : http.postJson("class-" + nominee.classId() + "-branch", P3 + "/start", Http.variables(
                "studentId", nominee.studentId(), "unionId", nominee.collegeId() + "-su", "post", "STAFF",
                "departmentId", nominee.departmentId()));
        if (response.status() != 200) {
          unexpected.add("start " + nominee.studentId() + ": " + response.status() + " " + response.body());
          return null;
        }
        String instanceId = response.json().get("id").asText();
        started.add(new Started(instanceId, nominee));
        return instanceId;
      } catch (Http.Unreachable e) {
        startsUnanswered.incrementAndGet();
        unanswered.incrementAndGet();
        pause(200);
        return null;
      }
    }

    private void work(String instanceId, Nominee nominee, boolean partyRefuses) {
      while (!stopping) {
        try {
          JsonNode tasks = http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).json();
          if (tasks.isEmpty()) {
            if (!http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state").asText()
                .equals("ACTIVE")) {
              return;
            }
            pause(100); // the job executor has the next step (P1's join after the joint review)
            continue;
          }
          JsonNode task = tasks.get(0);
          if (completed.contains(task.get("id").asText())) {
            unexpected.add("task " + task.get("id").asText() + " of " + instanceId + " is open again after a 204");
            return;
          }
          String key = task.get("taskDefinitionKey").asText();
          boolean approved = !(partyRefuses && key.equals("collegePartyDecision"));
          var response = http.postJson(Reviewers.of(key, nominee.collegeId()),
              "/engine-rest/task/" + task.get("id").asText() + "/complete",
              key.equals("collegeLeagueReview") // D1: the league, which appoints, records the signed convention
                  ? Http.variables("approved", true, "comment", "同意（压力测试）", "conventionSignedAt", EngineRest.signedToday())
                  : Http.variables("approved", approved, "comment", approved ? "同意（压力测试）" : "不同意任命（压力测试）"));
          if (response.status() == 204) {
            completed.add(task.get("id").asText());
          } else {
            unexpected.add("complete " + key + " of " + instanceId + ": " + response.status() + " " + response.body());
            return;
          }
        } catch (Http.Unreachable e) {
          unanswered.incrementAndGet();
          pause(200);
        }
      }
    }
  }

  /**
   * The history of every instance whose start was answered 200, once each is at a user task or finished
   * (an instance between tasks waits for the job executor, which takes up a crashed node's jobs when their
   * lock expires).
   */
  private static Map<String, JsonNode> settled(Http http, Iterable<Load.Started> started) {
    List<String> ids = new ArrayList<>();
    started.forEach(s -> ids.add(s.instanceId()));
    String idArray = new ObjectMapper().valueToTree(ids).toString();
    return ClusterIT.await("every started instance at a task or finished", () -> {
      Map<String, JsonNode> history = new HashMap<>();
      stream(http.postJson("admin", "/engine-rest/history/process-instance", "{\"processInstanceIds\":" + idArray + "}")
          .json()).forEach(instance -> history.put(instance.get("id").asText(), instance));
      assertThat(history.keySet()).as("instances whose start was answered 200").containsExactlyInAnyOrderElementsOf(ids);
      assertThat(history.values()).allSatisfy(i -> assertThat(i.get("state").asText()).isIn("ACTIVE", "COMPLETED"));
      Set<String> atTask = stream(http.postJson("admin", "/engine-rest/task", "{\"processInstanceIdIn\":" + idArray + "}")
          .json()).map(task -> task.get("processInstanceId").asText()).collect(Collectors.toSet());
      boolean allSettled = history.values().stream()
          .allMatch(i -> i.get("state").asText().equals("COMPLETED") || atTask.contains(i.get("id").asText()));
      return allSettled ? history : null;
    });
  }

  /** Every finished instance's outcome and nominee, from history (started by the clients or not). */
  record Outcomes(Map<String, String> outcome, Map<String, String> studentId, Map<String, String> unionId,
                  Map<String, String> departmentId, Map<String, String> processKey) {

    Set<String> nomineesWith(String key, String outcomeValue) {
      return outcome.entrySet().stream()
          .filter(e -> e.getValue().equals(outcomeValue) && key.equals(processKey.get(e.getKey())))
          .map(e -> studentId.get(e.getKey())).collect(Collectors.toCollection(HashSet::new));
    }

    Map<String, Long> finishedCounts(Set<String> instanceIds) {
      return outcome.entrySet().stream().filter(e -> instanceIds.contains(e.getKey()))
          .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting()));
    }

    int total() {
      return processKey.size();
    }
  }

  private static Outcomes outcomes(Http http) {
    Map<String, String> processKey = new HashMap<>();
    for (String key : List.of("school-presidium-candidacy", "college-nomination")) {
      stream(http.get("admin", "/engine-rest/history/process-instance?processDefinitionKey=" + key).json())
          .forEach(i -> processKey.put(i.get("id").asText(), key));
    }
    return new Outcomes(variable(http, "outcome"), variable(http, "studentId"), variable(http, "unionId"),
        variable(http, "departmentId"), processKey);
  }

  private static Map<String, String> variable(Http http, String name) {
    Map<String, String> values = new HashMap<>();
    stream(http.get("admin", "/engine-rest/history/variable-instance?variableName=" + name).json())
        .filter(v -> v.get("value").isTextual())
        .forEach(v -> values.put(v.get("processInstanceId").asText(), v.get("value").asText()));
    return values;
  }

  /** Members now = members before + every APPOINTED P3 nominee, in the union and department nominated for. */
  private static int checkRosters(Http http, Map<String, Set<String>> before, Outcomes outcomes) {
    Set<String> appointed = outcomes.nomineesWith("college-nomination", "APPOINTED");
    Map<String, JsonNode> members = new HashMap<>();
    for (String unionId : COLLEGE_UNIONS) {
      stream(http.get("admin", "/api/unions/" + unionId + "/roster").json().get("roster"))
          .forEach(entry -> members.put(entry.get("studentId").asText(), entry));
    }
    Set<String> expected = new HashSet<>(appointed);
    before.values().forEach(expected::addAll);
    assertThat(members.keySet()).as("college union rosters after the crash").isEqualTo(expected);
    Map<String, String> instanceOf = new HashMap<>();
    outcomes.studentId().forEach((instance, student) -> instanceOf.put(student, instance));
    for (String student : appointed) {
      String instance = instanceOf.get(student);
      JsonNode entry = members.get(student);
      assertThat(entry.get("unionId").asText()).isEqualTo(outcomes.unionId().get(instance));
      assertThat(entry.get("departmentId").asText()).isEqualTo(outcomes.departmentId().get(instance));
      assertThat(entry.get("post").asText()).isEqualTo("STAFF");
    }
    return appointed.size();
  }

  /** The school unions' confirmed candidates now = before + every CANDIDATE_CONFIRMED P1 nominee. */
  private static int checkCandidates(Http http, Map<String, Set<String>> before, Outcomes outcomes) {
    Set<String> confirmed = outcomes.nomineesWith("school-presidium-candidacy", "CANDIDATE_CONFIRMED");
    Map<String, Set<String>> after = candidates(http);
    Set<String> added = new HashSet<>();
    after.forEach((union, students) -> students.stream().filter(s -> !before.get(union).contains(s)).forEach(added::add));
    assertThat(added).as("candidates confirmed during the run").isEqualTo(confirmed);
    return confirmed.size();
  }

  private static Map<String, Set<String>> rosters(Http http, List<String> unionIds) {
    Map<String, Set<String>> rosters = new HashMap<>();
    for (String unionId : unionIds) {
      rosters.put(unionId, stream(http.get("admin", "/api/unions/" + unionId + "/roster").json().get("roster"))
          .map(entry -> entry.get("studentId").asText()).collect(Collectors.toSet()));
    }
    return rosters;
  }

  static Map<String, Set<String>> candidates(Http http) {
    int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    Map<String, Set<String>> candidates = new HashMap<>();
    for (String unionId : SCHOOL_UNIONS) {
      candidates.put(unionId, new HashSet<>(http.get("admin", "/api/unions/" + unionId + "/candidates?year=" + year)
          .json().findValuesAsText("studentId")));
    }
    return candidates;
  }

  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
