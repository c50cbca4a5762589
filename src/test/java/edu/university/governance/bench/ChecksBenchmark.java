package edu.university.governance.bench;

import edu.university.governance.GovernanceApplication;
import edu.university.governance.bench.Benchmark.Settings;
import edu.university.governance.process.nomination.EligibilityCheck;
import edu.university.governance.records.Appointments;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentImport;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.rules.Post;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The eligibility and quota checks alone, in-process on a fresh database, first with a small student body
 * and then, after importing the rest, with a large one: the code the delegates run (EligibilityCheck's
 * records lookups and E1–E3, Appointments' locked count and Q1–Q9 on the deployed quota table), each
 * call in a transaction of its own as in the engine; the appointment's transaction is rolled back, so
 * every call checks the same roster.
 */
final class ChecksBenchmark {

  /** A union, department and post a random student can always be checked for (school-su exists in the demo). */
  private static final String UNION = "school-su";
  private static final String DEPARTMENT = "secretariat";
  /** Warm-up ends when each kind's time differs by less than SETTLED from SETTLE_SPAN rounds before. */
  private static final double SETTLED = 0.05;
  private static final int SETTLE_SPAN = 4;
  private static final int MIN_WARMUP_ROUNDS = 8;
  private static final int MAX_WARMUP_ROUNDS = 40;
  /** Measured rounds; the median round stands, so a burst of load elsewhere on the machine does not. */
  private static final int BATCHES = 5;

  private final StudentRepository students;
  private final EligibilityCheck eligibility;
  private final Appointments appointments;
  private final StudentImport studentImport;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final boolean postgres;
  private final int iterations;
  private final Random random = new Random(11);

  private ChecksBenchmark(ConfigurableApplicationContext context, int iterations, boolean postgres) {
    this.students = context.getBean(StudentRepository.class);
    this.eligibility = context.getBean(EligibilityCheck.class);
    this.appointments = context.getBean(Appointments.class);
    this.studentImport = context.getBean(StudentImport.class);
    this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    this.iterations = iterations;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.postgres = postgres;
  }

  static void run(Settings settings) {
    System.out.println("Checks benchmark: eligibility and quota checks at " + settings.checksSmall() + " and "
        + settings.checksLarge() + " students, in rounds of " + settings.checkIterations() + " checks of each kind: the"
        + " median of " + BATCHES + " rounds after warm-up rounds until the times settle, in-process on " + (settings.postgres() ? "PostgreSQL" : "H2"));
    try (BenchDatabase database = BenchDatabase.fresh("checks", settings.postgres())) {
      System.out.println("database: " + database.describe());
      ConfigurableApplicationContext context = SpringApplication.run(GovernanceApplication.class,
          "--spring.profiles.active=" + settings.springProfiles(), "--spring.datasource.url=" + database.jdbcUrl(),
          "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--logging.level.edu.university.governance=WARN",
          "--spring.main.banner-mode=off");
      try {
        ChecksBenchmark bench = new ChecksBenchmark(context, settings.checkIterations(), settings.postgres());
        bench.importStudents(1, settings.checksSmall());
        Timing[] small = bench.timeChecks(settings.checksSmall());
        bench.importStudents(settings.checksSmall() + 1, settings.checksLarge() - settings.checksSmall());
        Timing[] large = bench.timeChecks(settings.checksLarge());
        System.out.println();
        System.out.printf("== checks, %s; %s%n", settings.postgres() ? "PostgreSQL" : "H2", Benchmark.load());
        System.out.printf("%-22s %24s %24s %18s%n", "µs per check", settings.checksSmall() + " students",
            settings.checksLarge() + " students", "ratio");
        System.out.printf("%-22s %12s %11s %12s %11s %8s %9s%n", "", "wall", "thread CPU", "wall", "thread CPU", "wall",
            "CPU");
        String[] names = {"eligibility (E1–E3)", "quota (Q1–Q9)"};
        for (int i = 0; i < names.length; i++) {
          double ratio = large[i].wallMicros() / small[i].wallMicros();
          System.out.printf("%-22s %12.1f %11.1f %12.1f %11.1f %8.2f %9.2f  (wall <= 1.2: %s)%n", names[i],
              small[i].wallMicros(), small[i].cpuMicros(), large[i].wallMicros(), large[i].cpuMicros(), ratio,
              large[i].cpuMicros() / small[i].cpuMicros(), ratio <= 1.2 ? "met" : "missed");
        }
        System.out.println("(thread CPU: the checking thread's own CPU time, which a busy machine disturbs less than"
            + " wall time; on PostgreSQL it leaves out the database server's work)");
      } finally {
        context.close();
      }
    }
  }

  /** Students first to first + count - 1 through the service's own import, in one request's worth. */
  private void importStudents(int first, int count) {
    long started = System.nanoTime();
    studentImport.importJson(BenchStudents.json(BenchStudents.generate(first, count, 42)));
    System.out.printf("imported %d students (now %d) in %.1f s%n", count, students.count(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Microseconds per check: elapsed, and CPU time of the checking thread. */
  record Timing(double wallMicros, double cpuMicros) {
  }

  /**
   * Eligibility and quota check times, each the median over batches of the batch means, for students drawn
   * from the whole body.
   */
  private Timing[] timeChecks(int population) {
    IntConsumer eligibilityCheck = number -> transactions.executeWithoutResult(status -> {
      Student student = students.find(BenchStudents.studentId(number)).orElseThrow();
      eligibility.violations(student, "SCHOOL_UNION_STAFF");
    });
    IntConsumer quotaCheck = number -> transactions.executeWithoutResult(status -> {
      appointments.appoint(UNION, BenchStudents.studentId(number), Post.STAFF, DEPARTMENT, true, Set.of(), "benchmark",
          null);
      status.setRollbackOnly();
    });
    List<IntConsumer> checks = List.of(eligibilityCheck, quotaCheck);
    // warm up until the times settle: on both databases they drifted for tens of thousands of calls, a few
    // per cent a round, so a round is compared with the one SETTLE_SPAN rounds before it
    List<Timing[]> warmup = new ArrayList<>();
    while (warmup.size() < MAX_WARMUP_ROUNDS && !settled(warmup)) {
      warmup.add(round(checks, population));
    }
    int warmupRounds = warmup.size();
    tidy();
    System.gc();
    List<Timing[]> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      batches.add(round(checks, population));
    }
    Timing[] timings = new Timing[checks.size()];
    for (int c = 0; c < checks.size(); c++) {
      int kind = c;
      timings[c] = new Timing(median(batches.stream().mapToDouble(t -> t[kind].wallMicros()).toArray()),
          median(batches.stream().mapToDouble(t -> t[kind].cpuMicros()).toArray()));
    }
    System.out.printf("at %d students, after %d warm-up rounds of %d: ", population, warmupRounds, iterations);
    System.out.printf("eligibility %.1f µs (CPU %.1f), quota %.1f µs (CPU %.1f) per check%n",
        timings[0].wallMicros(), timings[0].cpuMicros(), timings[1].wallMicros(), timings[1].cpuMicros());
    return timings;
  }

  /**
   * One round: the kinds alternate call by call, so that neither runs on code the JIT specialised for it
   * alone; each kind's mean time per call.
   */
  private Timing[] round(List<IntConsumer> checks, int population) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[checks.size()];
    long[] cpu = new long[checks.size()];
    for (int i = 0; i < iterations; i++) {
      int student = 1 + random.nextInt(population);
      for (int c = 0; c < checks.size(); c++) {
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        checks.get(c).accept(student);
        cpu[c] += threads.getCurrentThreadCpuTime() - cpuStarted;
        wall[c] += System.nanoTime() - started;
      }
    }
    Timing[] timings = new Timing[checks.size()];
    for (int c = 0; c < checks.size(); c++) {
      timings[c] = new Timing(wall[c] / 1e3 / iterations, cpu[c] / 1e3 / iterations);
    }
    return timings;
  }

  /**
   * Fresh statistics after an import, and on PostgreSQL no dead rows: every rolled-back quota check leaves
   * one in gov_roster and its indexes, which slowed the next size's checks twofold until autovacuum came.
   */
  private void tidy() {
    jdbc.execute(postgres ? "vacuum analyze" : "analyze");
  }

  private static boolean settled(List<Timing[]> rounds) {
    if (rounds.size() < MIN_WARMUP_ROUNDS) {
      return false;
    }
    Timing[] last = rounds.get(rounds.size() - 1);
    Timing[] before = rounds.get(rounds.size() - 1 - SETTLE_SPAN);
    for (int c = 0; c < last.length; c++) {
      if (Math.abs(last[c].wallMicros() / before[c].wallMicros() - 1) >= SETTLED) {
        return false;
      }
    }
    return true;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
