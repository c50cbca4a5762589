package edu.university.governance.service;

import static edu.university.governance.service.ClusterIT.pause;
import static edu.university.governance.service.ClusterIT.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.node.ServiceNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore (issue 15, operator guide "Backup and restore"): a service with open P1 procedures at different
 * steps is backed up while a client keeps starting more (H2: POST /api/admin/backup; PostgreSQL: pg_dump -Fc), the
 * backup is restored into a fresh data directory (unzip) or a fresh database (pg_restore), a service started there has
 * every procedure opened before the backup at the very tasks it was at, none started after it, and completes them all
 * to CANDIDATE_CONFIRMED. Both services are the packaged jar in processes of their own (node/ServiceNode).
 */
class BackupIT {

  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy";
  static final String BACKUP = "/api/admin/backup";
  /** Procedures opened and moved on before the backup; the starting client takes the nominees after them. */
  static final int OPEN = 6;
  static final int NOMINEES = 80;

  @Test
  @DisplayName("H2: POST /api/admin/backup while a client starts procedures (administrators only), unzip into a fresh"
      + " data directory, start there: the procedures are where they were and run to their outcome")
  void onH2() throws Exception {
    Path root = Paths.get("target", "nodes", "backup-h2");
    CrashIT.deleteTree(root);
    List<String> args = List.of("--spring.profiles.active=demo");
    Snapshot snapshot;
    Path zip;
    try (ServiceNode node = start("backup-h2", root.resolve("original"), args)) {
      Http http = new Http(node.port());
      assertThat(http.post(null, BACKUP, null, null).status()).as("anonymous").isEqualTo(401);
      var staff = http.post("youth-league", BACKUP, null, null);
      assertThat(staff.status()).as(staff.body()).isEqualTo(403);
      Path[] written = new Path[1];
      snapshot = backUpWhileStarting(http, "h2", () -> {
        var backup = http.post("admin", BACKUP, null, null);
        assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        JsonNode answer = backup.json();
        written[0] = Paths.get(answer.get("path").asText());
        assertThat(answer.get("file").asText()).matches("governance-\\d{8}T\\d{6}Z(-\\d+)?\\.zip")
            .isEqualTo(written[0].getFileName().toString());
        assertThat(written[0]).startsWith(root.resolve("original").resolve("data").resolve("backups").toAbsolutePath());
        assertThat(answer.get("bytes").asLong()).isEqualTo(Files.size(written[0])).isPositive();
        return answer.get("file").asText() + ", " + answer.get("bytes").asLong() + " bytes";
      });
      zip = written[0];
    }
    // operator guide: mkdir -p restored/data && unzip governance-….zip -d restored/data
    Path restored = root.resolve("restored");
    List<String> entries = unzip(zip, restored.resolve("data"));
    assertThat(entries).contains("governance.mv.db");
    try (ServiceNode node = start("backup-h2-restored", restored, args)) {
      continueAfterRestore(new Http(node.port()), snapshot, "h2");
    }
  }

  @Test
  @DisplayName("PostgreSQL: pg_dump -Fc while a client starts procedures, pg_restore into a new database, start there:"
      + " the procedures are where they were and run to their outcome; POST /api/admin/backup refuses with 409")
  void onPostgres() throws Exception {
    Assumptions.assumeTrue(TestPostgres.answers(), "PostgreSQL at 127.0.0.1:5432 does not answer: backup on it skipped");
    int serverMajor = serverMajorVersion();
    Path pgDump = pgTool("pg_dump", serverMajor);
    Path pgRestore = pgTool("pg_restore", serverMajor);
    Assumptions.assumeTrue(pgDump != null && pgRestore != null, "pg_dump or pg_restore of PostgreSQL " + serverMajor
        + " (or later) not found in /usr/lib/postgresql/" + serverMajor + "/bin nor on the PATH: backup on PostgreSQL"
        + " skipped");
    Path root = Paths.get("target", "nodes", "backup-postgres");
    CrashIT.deleteTree(root);
    Files.createDirectories(root);
    String original = TestPostgres.freshDatabase("backup");
    Path dump = root.resolve("governance.dump").toAbsolutePath();
    Snapshot snapshot;
    try (ServiceNode node = start("backup-postgres", root.resolve("original"), postgresArgs(original))) {
      Http http = new Http(node.port());
      var refused = http.post("admin", BACKUP, null, null);
      assertThat(refused.status()).as(refused.body()).isEqualTo(409);
      assertThat(refused.json().get("message").asText()).contains("PostgreSQL", "pg_dump", "pg_restore");
      snapshot = backUpWhileStarting(http, "postgres", () -> {
        run(pgDump.toString(), "-Fc", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-f", dump.toString(),
            databaseName(original));
        return dump.getFileName() + ", " + size(dump) + " bytes";
      });
    }
    // operator guide: createdb governance_restored && pg_restore --no-owner -d governance_restored governance.dump
    String restored = TestPostgres.freshDatabase("restored");
    run(pgRestore.toString(), "--no-owner", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d",
        databaseName(restored), dump.toString());
    try (ServiceNode node = start("backup-postgres-restored", root.resolve("restored"), postgresArgs(restored))) {
      continueAfterRestore(new Http(node.port()), snapshot, "postgres");
    }
  }

  /**
   * What the backup must hold: the procedures open before it with their open tasks; the client's starts answered
   * before the backup began (there, at their first task) and those sent after it ended (not there); those in flight
   * meanwhile may be either.
   */
  record Snapshot(Map<String, Set<String>> openTasks, Set<String> mayBeThere, Set<String> notThere,
                  Map<String, CrashIT.Nominee> nominees) {
  }

  /** A backup taken by the test: it returns a line describing what it wrote. */
  interface Backup {
    String take() throws Exception;
  }

  private static Snapshot backUpWhileStarting(Http http, String label, Backup backup) throws Exception {
    List<CrashIT.Nominee> nominees = CrashIT.importNominees(http, "backup-" + label, NOMINEES);
    Map<String, CrashIT.Nominee> byInstance = new HashMap<>();
    Map<String, Set<String>> openTasks = new HashMap<>();
    for (int i = 0; i < OPEN; i++) {
      String instanceId = startP1(http, nominees.get(i), i);
      byInstance.put(instanceId, nominees.get(i));
      // each at another step: the college Party organisation's review, one, two or three of the school offices'
      // reviews done, the Party committee's decision
      completeTasks(http, instanceId, nominees.get(i).collegeId(), i % 5);
      openTasks.put(instanceId, taskKeys(http, instanceId));
    }

    Starter starter = new Starter(http, nominees.subList(OPEN, nominees.size()));
    starter.start();
    starter.awaitAnswered(3);
    long began = System.nanoTime();
    String written = backup.take();
    long ended = System.nanoTime();
    int answeredBefore = starter.answered.get();
    starter.awaitAnswered(answeredBefore + 3);
    starter.stop();
    assertThat(starter.failures).as("starts refused or unanswered while the backup ran").isEmpty();

    Set<String> mayBeThere = new HashSet<>();
    Set<String> notThere = new HashSet<>();
    int during = 0;
    for (Starter.Start start : starter.starts) {
      byInstance.put(start.instanceId(), start.nominee());
      if (start.answered() < began) {
        openTasks.put(start.instanceId(), Set.of("collegePartyReview"));
      } else if (start.sent() > ended) {
        notThere.add(start.instanceId());
      } else {
        mayBeThere.add(start.instanceId());
        during++;
      }
    }
    System.out.printf("Backup (%s): %s in %d ms, while %d starts were in flight; %d procedures open before it, %d"
            + " started after it%n", label, written, TimeUnit.NANOSECONDS.toMillis(ended - began), during,
        openTasks.size(), notThere.size());
    assertThat(notThere).as("starts sent after the backup").isNotEmpty();
    return new Snapshot(openTasks, mayBeThere, notThere, byInstance);
  }

  /**
   * On the restored service: every procedure open before the backup is at the tasks it was at, none started after the
   * backup is there, and every one that is there runs to CANDIDATE_CONFIRMED, its nominee among the union's candidates.
   */
  private static void continueAfterRestore(Http http, Snapshot snapshot, String label) {
    Set<String> running = stream(http.get("admin", "/engine-rest/process-instance?processDefinitionKey="
        + "school-presidium-candidacy").json())
        .map(instance -> instance.get("id").asText()).collect(Collectors.toSet());
    assertThat(running).as("procedures open before the backup").containsAll(snapshot.openTasks().keySet())
        .doesNotContainAnyElementsOf(snapshot.notThere());
    Set<String> ours = new HashSet<>(snapshot.openTasks().keySet());
    ours.addAll(snapshot.mayBeThere());
    assertThat(ours).as("procedures the restored service has").containsAll(running);
    snapshot.openTasks().forEach((instanceId, tasks) ->
        assertThat(taskKeys(http, instanceId)).as("open tasks of " + instanceId).isEqualTo(tasks));

    for (String instanceId : running) {
      completeTasks(http, instanceId, snapshot.nominees().get(instanceId).collegeId(), Integer.MAX_VALUE);
      assertThat(stream(http.get("admin", "/engine-rest/history/variable-instance?variableName=outcome"
          + "&processInstanceId=" + instanceId).json()).map(v -> v.get("value").asText()).toList())
          .as("outcome of " + instanceId).containsExactly("CANDIDATE_CONFIRMED");
    }
    Set<String> candidates = new HashSet<>();
    CrashIT.candidates(http).values().forEach(candidates::addAll);
    assertThat(candidates).as("confirmed candidates")
        .containsAll(running.stream().map(id -> snapshot.nominees().get(id).studentId()).toList());
    System.out.printf("Backup (%s): restored service had %d procedures (%d of them started during the backup), all"
            + " at their tasks, completed to CANDIDATE_CONFIRMED%n", label, running.size(),
        running.stream().filter(snapshot.mayBeThere()::contains).count());
  }

  private static String startP1(Http http, CrashIT.Nominee nominee, int n) {
    var started = http.postJson("college-" + nominee.collegeId() + "-league", P1 + "/start", Http.variables(
        "studentId", nominee.studentId(), "unionId", CrashIT.SCHOOL_UNIONS.get(n % 2), "basis", "OUTSTANDING_STUDENT",
        "statement", "备份测试"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** Completes up to {@code count} tasks of the instance, approving, each as its group; waits for it to end if all. */
  private static void completeTasks(Http http, String instanceId, String collegeId, int count) {
    AtomicInteger done = new AtomicInteger();
    ClusterIT.await(count + " tasks of " + instanceId + " completed", () -> {
      if (done.get() >= count) {
        return true;
      }
      JsonNode tasks = http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).json();
      if (tasks.isEmpty()) {
        return http.get("admin", "/engine-rest/history/process-instance/" + instanceId).json().get("state").asText()
            .equals("COMPLETED") ? true : null;
      }
      JsonNode task = tasks.get(0);
      String key = task.get("taskDefinitionKey").asText();
      var completed = http.postJson(Reviewers.of(key, collegeId), "/engine-rest/task/" + task.get("id").asText()
          + "/complete", Http.variables("approved", true, "comment", "同意（备份测试）"));
      assertThat(completed.status()).as(key + " of " + instanceId + ": " + completed.body()).isEqualTo(204);
      done.incrementAndGet();
      return null;
    });
  }

  private static Set<String> taskKeys(Http http, String instanceId) {
    return stream(http.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).json())
        .map(task -> task.get("taskDefinitionKey").asText()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** A client starting P1 nominations one after another, noting when each was sent and answered. */
  static final class Starter {

    record Start(String instanceId, CrashIT.Nominee nominee, long sent, long answered) {
    }

    final Http http;
    final List<CrashIT.Nominee> nominees;
    final ConcurrentLinkedQueue<Start> starts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger answered = new AtomicInteger();
    private final Thread thread = new Thread(this::run, "backup-client");
    private volatile boolean stopping;

    Starter(Http http, List<CrashIT.Nominee> nominees) {
      this.http = http;
      this.nominees = nominees;
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      stopping = true;
      thread.join(60_000);
    }

    void awaitAnswered(int count) {
      ClusterIT.await(count + " starts answered", () -> answered.get() >= count || !thread.isAlive() ? true : null);
      assertThat(answered.get()).as("starts answered (failures: " + failures + ")").isGreaterThanOrEqualTo(count);
    }

    private void run() {
      for (int n = 0; n < nominees.size() && !stopping; n++) {
        CrashIT.Nominee nominee = nominees.get(n);
        long sent = System.nanoTime();
        try {
          var response = http.postJson("college-" + nominee.collegeId() + "-league", P1 + "/start", Http.variables(
              "studentId", nominee.studentId(), "unionId", CrashIT.SCHOOL_UNIONS.get(n % 2), "basis",
              "OUTSTANDING_STUDENT", "statement", "备份期间提名"));
          if (response.status() != 200) {
            failures.add(nominee.studentId() + ": " + response.status() + " " + response.body());
            return;
          }
          starts.add(new Start(response.json().get("id").asText(), nominee, sent, System.nanoTime()));
          answered.incrementAndGet();
        } catch (AssertionError e) {
          failures.add(nominee.studentId() + ": " + e.getMessage());
          return;
        }
      }
    }
  }

  private static ServiceNode start(String name, Path workDir, List<String> args) {
    ServiceNode node = ServiceNode.start(name, workDir, ServiceNode.freePort(), Map.of(), args, ClusterIT.NODE_JVM);
    node.awaitLog(CrashIT.READY, ClusterIT.START);
    return node;
  }

  private static List<String> postgresArgs(String url) {
    return List.of("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + url);
  }

  private static String databaseName(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /**
   * The operator guide's `unzip backup.zip -d dir` where unzip is installed, else the same in Java: the names of the
   * files in the directory afterwards.
   */
  private static List<String> unzip(Path zip, Path directory) throws Exception {
    Files.createDirectories(directory);
    if (Files.isExecutable(Paths.get("/usr/bin/unzip"))) {
      run("/usr/bin/unzip", "-q", zip.toString(), "-d", directory.toString());
    } else {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          Path target = directory.resolve(entry.getName()).normalize();
          assertThat(target.startsWith(directory)).as(entry.getName() + " inside " + directory).isTrue();
          Files.copy(in, target);
        }
      }
    }
    try (var files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }

  private static int serverMajorVersion() throws Exception {
    try (Connection connection = DriverManager.getConnection(TestPostgres.SERVER + "test", "postgres", "");
         Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("show server_version_num")) {
      rs.next();
      return Integer.parseInt(rs.getString(1)) / 10000;
    }
  }

  /**
   * The client tool of the server's major version (Debian: /usr/lib/postgresql/15/bin), else the one on the PATH when
   * it is at least as new as the server (pg_dump refuses a newer server); null when neither is there.
   */
  private static Path pgTool(String tool, int serverMajor) throws Exception {
    Path versioned = Paths.get("/usr/lib/postgresql", Integer.toString(serverMajor), "bin", tool);
    if (Files.isExecutable(versioned)) {
      return versioned;
    }
    try {
      String version = run(tool, "--version");
      java.util.regex.Matcher major = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(version);
      return major.find() && Integer.parseInt(major.group(1)) >= serverMajor ? Paths.get(tool) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Runs a command, fails the test unless it exits with 0, and returns its output. */
  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    return output;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
