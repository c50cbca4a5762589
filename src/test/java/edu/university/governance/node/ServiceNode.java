package edu.university.governance.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged service (target/union-governance-*.jar) as an operating-system process of its own: for the
 * cluster, crash and benchmark runs, which need several nodes, a real kill -9, the start-up time and the RSS.
 * Its output goes to target/nodes/{name}.log.
 */
public final class ServiceNode implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;
  private final long logStart;
  private final long startedNanos;
  private Duration startup;

  private ServiceNode(String name, int port, Process process, Path log, long logStart, long startedNanos) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
    this.logStart = logStart;
    this.startedNanos = startedNanos;
  }

  /** The executable jar built by `mvn package`. */
  public static Path jar() {
    Path target = Paths.get("target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("union-governance-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No service jar in " + target.toAbsolutePath()
              + ": run `mvn package` first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a node in the given working directory (its H2 file database lives in ./data there) with the
   * given environment and Spring arguments (for example --spring.profiles.active=demo,postgres).
   */
  public static ServiceNode start(String name, Path workDir, int port, Map<String, String> env, List<String> springArgs,
      List<String> jvmArgs) {
    try {
      Files.createDirectories(workDir);
      Path logDir = Paths.get("target", "nodes").toAbsolutePath();
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmArgs);
      command.add("-jar");
      command.add(jar().toAbsolutePath().toString());
      command.add("--server.port=" + port);
      command.addAll(springArgs);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(env);
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      long started = System.nanoTime();
      return new ServiceNode(name, port, builder.start(), log, logStart, started);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the engine answers an authenticated request (the web server opens only after the engine
   * has been built and the models deployed) and returns the time from launch to ready.
   */
  public Duration awaitReady(Duration timeout, String adminUser, String adminPassword) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
      }
      if (answers(adminUser, adminPassword)) {
        startup = Duration.ofNanos(System.nanoTime() - startedNanos);
        return startup;
      }
      pause(100);
    }
    throw new IllegalStateException("Node " + name + " not ready after " + timeout + "; see " + log);
  }

  /**
   * Waits until this run of the node has written a log line containing the text: the web server answers
   * before the start-up runners (Bootstrap, DemoData) are done, and their last line says when they are.
   */
  public void awaitLog(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!logSinceStart().contains(text)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Node " + name + " never logged \"" + text + "\" in " + timeout + "; see " + log);
      }
      pause(200);
    }
  }

  /** What this run of the node has logged so far (the log file is appended to by every run of the same name). */
  public String logSinceStart() {
    try (var in = Files.newInputStream(log)) {
      in.skipNBytes(logStart);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean answers(String user, String password) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/process-definition/count"))
        .timeout(Duration.ofSeconds(5))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Launch to ready, as measured by {@link #awaitReady}. */
  public Duration startup() {
    return startup;
  }

  /** Resident set size in KiB, from /proc (Linux), or -1 where it cannot be read. */
  public long rssKib() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** SIGKILL: no shutdown hook, no flush, as in a crash. */
  public void kill9() {
    process.destroyForcibly();
    waitFor();
  }

  /** SIGTERM: Spring's orderly shutdown. */
  public void stop() {
    process.destroy();
    waitFor();
  }

  private void waitFor() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
