package edu.university.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.bench.Benchmark.Settings;
import edu.university.governance.node.ServiceNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P1 against a bare reference process, through REST, on the packaged service started fresh: C clients
 * each run whole instances (start, then for every task: fetch it as its group, complete it). The two
 * procedures alternate in rounds, all clients on one procedure at a time, so both meet the same
 * machine (a shared machine's noise falls on both alike) and neither slows the other's requests.
 */
final class RestBenchmark {

  /** One of the two procedures compared. */
  enum Procedure {
    OURS("ours (P1)", "school-presidium-candidacy"),
    BARE("bare", "bench-bare-reference");

    final String label;
    final String key;

    Procedure(String label, String key) {
      this.label = label;
      this.key = key;
    }

    /** P1's start variables (CONTRACT.md); the bare process gets the same plus the college its first group needs. */
    String startBody(Nominee nominee) {
      String common = "\"studentId\":{\"value\":\"" + nominee.studentId() + "\"},\"unionId\":{\"value\":\""
          + nominee.unionId() + "\"},\"basis\":{\"value\":\"OUTSTANDING_STUDENT\"},\"statement\":{\"value\":\"成绩优秀，服务同学\"}";
      String extra = this == BARE ? ",\"collegeId\":{\"value\":\"" + nominee.collegeId() + "\"}" : "";
      return "{\"variables\":{" + common + extra + "}}";
    }
  }

  /** A student nominated for a school union, started by the league of the student's college (P1.1). */
  record Nominee(String studentId, String collegeId, String unionId) {
  }

  /** A user task of P1 (and of the bare process) and the group that completes it. */
  private record Step(String taskKey, String groupPattern) {

    String user(Nominee nominee) {
      return groupPattern.replace("{c}", nominee.collegeId());
    }
  }

  private static final List<Step> STEPS = List.of(new Step("collegePartyReview", "college-{c}-party"),
      new Step("studentAffairsReview", "student-affairs"), new Step("graduateAffairsReview", "graduate-affairs"),
      new Step("youthLeagueReview", "youth-league"), new Step("partyCommitteeDecision", "party-committee"));
  private static final String DECISION = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}";
  static final String START = "start";
  static final String TASK_QUERY = "task query";
  static final String COMPLETE = "complete";
  /** A task query that found nothing yet (P1's last task comes after an asynchronous join): asked again. */
  static final String TASK_NOT_YET = "task query, not there yet";
  /** The requests every instance makes once each: what requests/s and the overall percentiles count. */
  static final List<String> PATTERN = List.of(START, TASK_QUERY, COMPLETE);
  private static final long POLL_MILLIS = 20;
  private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);
  private static final int SEED_CHUNK = 2_000;

  /** What one procedure's measured blocks gave. */
  static final class Measured {
    final Latencies latencies = new Latencies();
    long nanos;
    long serviceCpuNanos;
    long clientCpuNanos;
    int instances;

    double seconds() {
      return nanos / 1e9;
    }

    int requests() {
      return latencies.count(PATTERN);
    }

    double instancesPerSecond() {
      return instances / seconds();
    }

    double requestsPerSecond() {
      return requests() / seconds();
    }

    /** CPU time the service process spent per instance: steadier than rates on a shared machine. */
    double serviceCpuMillisPerInstance() {
      return serviceCpuNanos / 1e6 / instances;
    }

    /** CPU time of the clients (this JVM) per instance: they share the machine with the service. */
    double clientCpuMillisPerInstance() {
      return clientCpuNanos / 1e6 / instances;
    }
  }

  private final BenchHttp http;
  private final List<Nominee> nominees;
  private final AtomicInteger nextNominee = new AtomicInteger();
  private final int clients;
  private final ProcessHandle service;
  private final ExecutorService pool;
  /** With JFR on, each measured block's wall-clock window is printed, to split the recording by procedure. */
  private final boolean printWindows;

  private RestBenchmark(BenchHttp http, List<Nominee> nominees, int clients, ProcessHandle service, boolean printWindows) {
    this.http = http;
    this.nominees = nominees;
    this.clients = clients;
    this.service = service;
    this.printWindows = printWindows;
    this.pool = Executors.newFixedThreadPool(clients);
  }

  static void run(Settings settings) throws Exception {
    System.out.println("REST benchmark: P1 against the bare reference, " + settings.students() + " students, "
        + settings.clients() + " clients, " + settings.instances() + " instances of each in " + settings.rounds()
        + " rounds after " + settings.warmup() + " of each to warm up, on " + (settings.postgres() ? "PostgreSQL" : "H2"));
    try (BenchDatabase database = BenchDatabase.fresh("rest", settings.postgres());
         ServiceNode node = ServiceNode.start("bench", database.directory(), ServiceNode.freePort(), database.environment(),
             List.of("--spring.profiles.active=" + settings.springProfiles()), nodeJvmArguments(settings))) {
      System.out.println("database: " + database.describe());
      Duration startup = node.awaitReady(Duration.ofMinutes(5), "admin", "admin");
      System.out.printf("start-up to ready: %.1f s (pid %d, log %s)%n", startup.toMillis() / 1e3, node.pid(), node.log());
      BenchHttp http = new BenchHttp(node.baseUrl());
      List<Nominee> nominees = seed(http, settings.students());
      deployBareReference(http);

      RestBenchmark bench = new RestBenchmark(http, nominees, settings.clients(),
          ProcessHandle.of(node.pid()).orElseThrow(), settings.jfr());
      try {
        long warmStarted = System.nanoTime();
        bench.block(Procedure.OURS, settings.warmup(), null);
        bench.block(Procedure.BARE, settings.warmup(), null);
        System.out.printf("warm-up: %d instances of each in %.1f s%n", settings.warmup(),
            (System.nanoTime() - warmStarted) / 1e9);
        String loadBefore = Benchmark.load();
        Map<Procedure, Measured> measured = bench.measure(settings.instances(), settings.rounds());
        String loadAfter = Benchmark.load();
        long rssKib = node.rssKib();
        int expected = settings.warmup() + settings.instances();
        verify(http, expected);
        report(settings, measured, loadBefore, loadAfter);
        System.out.printf("start-up to ready: %.1f s; RSS after the run: %d MiB (-Xmx%s)%n", startup.toMillis() / 1e3,
            rssKib / 1024, settings.xmx());
      } finally {
        bench.pool.shutdownNow();
      }
    }
  }

  private static List<String> nodeJvmArguments(Settings settings) {
    List<String> arguments = new ArrayList<>(List.of("-Xmx" + settings.xmx()));
    if (settings.jfr()) {
      Path recording = Path.of("target", "bench", "service.jfr").toAbsolutePath();
      arguments.add("-XX:FlightRecorderOptions=stackdepth=256");
      arguments.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
      System.out.println("JFR: the service records to " + recording + " (jfr print --events jdk.ExecutionSample ...)");
    }
    return arguments;
  }

  /**
   * Imports the student body through the service's own import (POST /api/students, the administrator,
   * {@value #SEED_CHUNK} a request) and returns the nominations the run may start: every eligible student,
   * once for each school union, in a fixed random order.
   */
  private static List<Nominee> seed(BenchHttp http, int count) {
    List<BenchStudents.Row> students = BenchStudents.generate(1, count, 42);
    long started = System.nanoTime();
    for (int from = 0; from < students.size(); from += SEED_CHUNK) {
      List<BenchStudents.Row> chunk = students.subList(from, Math.min(students.size(), from + SEED_CHUNK));
      http.postJson("admin", "/api/students", BenchStudents.json(chunk), 200);
    }
    System.out.printf("seeding: %d students through POST /api/students (%d a request) in %.1f s%n", count, SEED_CHUNK,
        (System.nanoTime() - started) / 1e9);
    List<BenchStudents.Row> eligible = new ArrayList<>(students.stream().filter(BenchStudents.Row::eligible).toList());
    Collections.shuffle(eligible, new Random(7));
    List<Nominee> nominees = new ArrayList<>();
    for (String unionId : List.of("school-su", "school-gsu")) {
      eligible.forEach(s -> nominees.add(new Nominee(s.studentId(), s.collegeId(), unionId)));
    }
    return nominees;
  }

  /**
   * Deploys the bare reference process with its two forms (what its start and its tasks accept, as every process
   * of the service declares: the caller guard refuses anything else) and lets both colleges' leagues start it, as
   * they may start P1.
   */
  private static void deployBareReference(BenchHttp http) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : List.of(Procedure.BARE.key + ".bpmn", "bench-bare-start.form", "bench-bare-review.form")) {
      try (InputStream in = RestBenchmark.class.getResourceAsStream("/bench/" + file)) {
        if (in == null) {
          throw new IllegalStateException("bench/" + file + " is not on the test classpath");
        }
        files.put(file, in.readAllBytes());
      }
    }
    http.postFiles("admin", "/engine-rest/deployment/create", "deployment-name=" + Procedure.BARE.key
        + "&enable-duplicate-filtering=true", files);
    for (String college : List.of("cs", "econ")) {
      http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"CREATE_INSTANCE\"],"
          + "\"groupId\":\"college-" + college + "-league\",\"resourceType\":6,\"resourceId\":\"" + Procedure.BARE.key
          + "\"}", 200);
    }
  }

  /** Rounds of one block of each procedure, the order swapped every round. */
  private Map<Procedure, Measured> measure(int instances, int rounds) throws Exception {
    Map<Procedure, Measured> measured = new EnumMap<>(Procedure.class);
    for (Procedure procedure : Procedure.values()) {
      measured.put(procedure, new Measured());
    }
    for (int round = 0; round < rounds; round++) {
      int count = instances / rounds + (round < instances % rounds ? 1 : 0);
      List<Procedure> order = round % 2 == 0 ? List.of(Procedure.OURS, Procedure.BARE)
          : List.of(Procedure.BARE, Procedure.OURS);
      for (Procedure procedure : order) {
        block(procedure, count, measured.get(procedure));
      }
    }
    return measured;
  }

  /** Runs count instances of one procedure on all clients at once; into is null while warming up. */
  private void block(Procedure procedure, int count, Measured into) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    long windowStart = System.currentTimeMillis();
    long cpuBefore = cpuNanos(service);
    long clientCpuBefore = cpuNanos(ProcessHandle.current());
    long started = System.nanoTime();
    List<Future<?>> clientsDone = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      clientsDone.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          instance(procedure, into == null ? null : into.latencies);
        }
        return null;
      }));
    }
    for (Future<?> done : clientsDone) {
      done.get();
    }
    if (into != null) {
      into.nanos += System.nanoTime() - started;
      into.serviceCpuNanos += cpuNanos(service) - cpuBefore;
      into.clientCpuNanos += cpuNanos(ProcessHandle.current()) - clientCpuBefore;
      into.instances += count;
      if (printWindows) {
        System.out.println("JFR window " + procedure.name() + " " + windowStart + " " + System.currentTimeMillis());
      }
    }
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("No CPU time of " + process.pid()))
        .toNanos();
  }

  /** One whole instance: start as the college league, then each task fetched and completed by its group. */
  private void instance(Procedure procedure, Latencies into) {
    int index = nextNominee.getAndIncrement();
    if (index >= nominees.size()) {
      throw new IllegalStateException("Only " + nominees.size() + " nominations possible with these students: seed more"
          + " (-Dbench.students) or run fewer instances");
    }
    Nominee nominee = nominees.get(index);
    BenchHttp.Answer started = http.postJson("college-" + nominee.collegeId() + "-league",
        "/engine-rest/process-definition/key/" + procedure.key + "/start", procedure.startBody(nominee), 200);
    record(into, START, started);
    String instanceId = started.json().get("id").asText();
    for (Step step : STEPS) {
      String user = step.user(nominee);
      String taskId = awaitTask(into, user, instanceId, step.taskKey());
      record(into, COMPLETE, http.postJson(user, "/engine-rest/task/" + taskId + "/complete", DECISION, 204));
    }
  }

  private String awaitTask(Latencies into, String user, String instanceId, String taskKey) {
    long deadline = System.nanoTime() + TASK_TIMEOUT.toNanos();
    while (true) {
      BenchHttp.Answer tasks = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey="
          + taskKey);
      if (tasks.json().size() == 1) {
        record(into, TASK_QUERY, tasks);
        return tasks.json().get(0).get("id").asText();
      }
      record(into, TASK_NOT_YET, tasks);
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(user + " never saw task " + taskKey + " of instance " + instanceId);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void record(Latencies into, String kind, BenchHttp.Answer answer) {
    if (into != null) {
      into.record(kind, answer.nanos());
    }
  }

  /** Every instance started has finished, and every P1 ended with a confirmed candidate in the records. */
  private static void verify(BenchHttp http, int expectedEach) {
    for (Procedure procedure : Procedure.values()) {
      long finished = count(http, "/engine-rest/history/process-instance/count?finished=true&processDefinitionKey="
          + procedure.key);
      long running = count(http, "/engine-rest/process-instance/count?processDefinitionKey=" + procedure.key);
      if (finished != expectedEach || running != 0) {
        throw new IllegalStateException(procedure.label + ": " + finished + " finished and " + running
            + " running instances, expected " + expectedEach + " finished");
      }
    }
    int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    int confirmed = 0;
    for (String unionId : List.of("school-su", "school-gsu")) {
      confirmed += http.get("admin", "/api/unions/" + unionId + "/candidates?year=" + year).json().size();
    }
    if (confirmed != expectedEach) {
      throw new IllegalStateException(confirmed + " confirmed candidates in the records, expected " + expectedEach);
    }
    System.out.println("checked: " + expectedEach + " instances of each procedure finished, none left running; "
        + confirmed + " candidates confirmed in /api/unions/{school-su,school-gsu}/candidates");
  }

  private static long count(BenchHttp http, String path) {
    JsonNode answer = http.get("admin", path).json();
    return answer.get("count").asLong();
  }

  private static void report(Settings settings, Map<Procedure, Measured> measured, String loadBefore, String loadAfter) {
    Measured ours = measured.get(Procedure.OURS);
    Measured bare = measured.get(Procedure.BARE);
    System.out.println();
    System.out.printf("== %d instances of each, %d clients, %d students, %s; %s before, %s after%n",
        settings.instances(), settings.clients(), settings.students(), settings.postgres() ? "PostgreSQL" : "H2",
        loadBefore, loadAfter);
    System.out.printf("%-12s %12s %12s %10s %8s %20s %20s%n", "", "instances/s", "requests/s", "requests", "polls",
        "service CPU ms/inst", "clients CPU ms/inst");
    for (Procedure procedure : Procedure.values()) {
      Measured m = measured.get(procedure);
      System.out.printf("%-12s %12.1f %12.1f %10d %8d %20.1f %20.1f%n", procedure.label, m.instancesPerSecond(),
          m.requestsPerSecond(), m.requests(), m.latencies.count(TASK_NOT_YET), m.serviceCpuMillisPerInstance(),
          m.clientCpuMillisPerInstance());
    }
    double ratio = ours.requestsPerSecond() / bare.requestsPerSecond();
    System.out.printf("%-12s %12.2f %12.2f %10s %8s %20.2f%n", "ours/bare", ours.instancesPerSecond() / bare.instancesPerSecond(),
        ratio, "", "", bare.serviceCpuMillisPerInstance() / ours.serviceCpuMillisPerInstance());
    System.out.println("(requests/s counts start, task query and complete: " + (1 + 2 * STEPS.size())
        + " an instance; a task query that found nothing yet is counted apart, as polls. The service CPU ratio is"
        + " bare/ours, so that in every column of that row above 1 is better for ours)");
    System.out.println();
    System.out.printf("%-12s %-26s %8s %8s %8s %8s%n", "latency ms", "request", "p50", "p95", "p99", "count");
    for (Procedure procedure : Procedure.values()) {
      Latencies latencies = measured.get(procedure).latencies;
      for (String kind : List.of(START, TASK_QUERY, COMPLETE, TASK_NOT_YET)) {
        if (latencies.count(kind) > 0) {
          System.out.printf("%-12s %-26s %8.1f %8.1f %8.1f %8d%n", procedure.label, kind,
              latencies.percentileMillis(kind, 50), latencies.percentileMillis(kind, 95),
              latencies.percentileMillis(kind, 99), latencies.count(kind));
        }
      }
      System.out.printf("%-12s %-26s %8.1f %8.1f %8.1f %8d%n", procedure.label, "all but polls",
          latencies.percentileMillis(PATTERN, 50), latencies.percentileMillis(PATTERN, 95),
          latencies.percentileMillis(PATTERN, 99), latencies.count(PATTERN));
    }
    double p99 = ours.latencies.percentileMillis(PATTERN, 99);
    System.out.println();
    System.out.printf("targets: ours/bare requests/s %.2f (>= 0.8: %s); ours p99 %.1f ms at %d clients (<= 50 ms: %s)%n",
        ratio, ratio >= 0.8 ? "met" : "missed", p99, settings.clients(), p99 <= 50 ? "met" : "missed");
  }
}
