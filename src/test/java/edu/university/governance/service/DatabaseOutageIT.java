package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readiness while the database is unreachable: the service runs on an H2 database served over TCP by this test, and
 * the test stops that server (every connection drops, new ones are refused) and starts it again on the same port.
 * The database is a file under target/outage-it that the restarted server opens again, as a PostgreSQL server's data
 * survive a restart (an in-memory database closed with the server's last connection now and then, and stayed
 * "already closed" after the restart).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DatabaseOutageIT {

  static final String READINESS = "/actuator/health/readiness";
  static final int DATABASE_PORT = freePort();
  static final Path DATABASE_DIRECTORY = Path.of("target", "outage-it");
  static Server database = fresh();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:tcp://127.0.0.1:" + DATABASE_PORT + "/outage;LOCK_TIMEOUT=10000");
    // the pool gives up on a connection after 5 s (30 s by default) so that the node recovers quickly afterwards
    registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
  }

  @AfterAll
  static void stop() {
    database.stop();
  }

  @Test
  @DisplayName("Readiness: UP; DOWN (503, status only) within seconds of the database going away, liveness still UP;"
      + " UP again once the database is back")
  void readinessFollowsTheDatabase() throws Exception {
    Http http = new Http(port);
    assertThat(http.get(null, READINESS).status()).isEqualTo(200);

    database.stop();
    Instant stopped = Instant.now();
    Http.Response down = await(http, 503, Duration.ofSeconds(20));
    System.out.println("Outage: readiness DOWN " + Duration.between(stopped, Instant.now()).toMillis()
        + " ms after the database stopped");
    assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
    assertThat(down.body()).doesNotContain("database").doesNotContain("components");
    long start = System.nanoTime();
    Http.Response detailed = http.get("admin", READINESS);
    // no database: the password cannot be checked either, so the administrator gets the status alone
    assertThat(detailed.status()).isEqualTo(503);
    assertThat(detailed.body()).doesNotContain("components");
    assertThat((System.nanoTime() - start) / 1_000_000).as("a probe while the database is away (ms)").isLessThan(10_000);
    Http.Response alive = http.get(null, "/actuator/health/liveness");
    assertThat(alive.status()).isEqualTo(200);

    database = start();
    Instant restarted = Instant.now();
    await(http, 200, Duration.ofSeconds(60));
    System.out.println("Outage: readiness UP " + Duration.between(restarted, Instant.now()).toMillis()
        + " ms after the database came back");
    Http.Response details = http.get("admin", READINESS);
    assertThat(details.status()).isEqualTo(200);
    assertThat(details.json().at("/components/database/status").asText()).isEqualTo("UP");
    assertThat(http.get("admin", "/api/colleges").status()).isEqualTo(200);
  }

  private static Http.Response await(Http http, int status, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    Http.Response last = null;
    while (Instant.now().isBefore(deadline)) {
      last = http.get(null, READINESS);
      if (last.status() == status) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("readiness never answered " + status + " within " + limit + "; last: " + last);
  }

  /** The server on an empty directory: nothing of an earlier run is left. */
  private static Server fresh() {
    try {
      if (Files.exists(DATABASE_DIRECTORY)) {
        try (Stream<Path> files = Files.walk(DATABASE_DIRECTORY)) {
          files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start();
  }

  private static Server start() {
    try {
      return Server.createTcpServer("-tcpPort", Integer.toString(DATABASE_PORT), "-baseDir",
          DATABASE_DIRECTORY.toString(), "-ifNotExists").start();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start the H2 TCP server on port " + DATABASE_PORT, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
