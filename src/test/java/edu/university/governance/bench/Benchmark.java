package edu.university.governance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of `mvn -Pbench verify` (see the bench profile in pom.xml). Without a mode it drives P1 and
 * a bare reference process through REST against the packaged service ({@link RestBenchmark}); with
 * -Dbench.mode=checks it times the eligibility and quota checks alone at two sizes of the student body
 * ({@link ChecksBenchmark}). Figures are printed, never asserted.
 */
public final class Benchmark {

  /** What a run is asked to do, from -Dbench.* system properties (defaults in the bench profile). */
  record Settings(String mode, String profile, int students, int clients, int instances, int warmup, int rounds,
                  String xmx, boolean jfr, int checksSmall, int checksLarge, int checkIterations) {

    static Settings fromSystemProperties() {
      return new Settings(text("bench.mode", "rest"), text("bench.profile", "h2"), number("bench.students", 10_000),
          number("bench.clients", 8), number("bench.instances", 400), number("bench.warmup", 60),
          number("bench.rounds", 10), text("bench.xmx", "512m"), Boolean.parseBoolean(text("bench.jfr", "false")),
          number("bench.checks.small", 1_000), number("bench.checks.large", 100_000),
          number("bench.checks.iterations", 2_000));
    }

    boolean postgres() {
      return profile.equals("postgres");
    }

    /** The service's Spring profiles: the demo organisation and users, on PostgreSQL when asked. */
    String springProfiles() {
      return postgres() ? "demo,postgres" : "demo";
    }

    private static String text(String name, String fallback) {
      String value = System.getProperty(name);
      return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }

    private static int number(String name, int fallback) {
      return Integer.parseInt(text(name, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }
  }

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    if (!settings.profile().equals("h2") && !settings.postgres()) {
      throw new IllegalArgumentException("bench.profile must be h2 or postgres, not " + settings.profile());
    }
    System.out.println(machine());
    switch (settings.mode()) {
      case "rest" -> RestBenchmark.run(settings);
      case "checks" -> ChecksBenchmark.run(settings);
      default -> throw new IllegalArgumentException("bench.mode must be rest or checks, not " + settings.mode());
    }
    // the in-process service of the checks mode leaves non-daemon threads behind
    System.exit(0);
  }

  /** Cores, memory, Java and the load now: the figures are only as quiet as the machine. */
  static String machine() {
    long memoryMib = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memoryMib = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      memoryMib = -1;
    }
    return "machine: " + Runtime.getRuntime().availableProcessors() + " cpus, " + memoryMib + " MiB memory, Java "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", " + load();
  }

  /** The 1, 5 and 15 minute load averages, as uptime prints them. */
  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "load average unknown";
    }
  }
}
