package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readiness while the database is unreachable: the service reaches its PostgreSQL database (a fresh one, profile
 * "postgres") through a relay of the test's own ({@link Relay}); the test cuts the relay (every connection drops, new
 * ones are refused) and opens it again on the same port, as a network outage between the service and its database
 * would. The database keeps running and keeps its data. Skipped, saying why, when PostgreSQL does not answer. (H2
 * served over TCP in the test's JVM was tried first: a dropped connection now and then closed the database for good,
 * "Database is already closed", so readiness never came back.)
 */
@EnabledIf(value = "edu.university.governance.service.TestPostgres#answers",
    disabledReason = "PostgreSQL at 127.0.0.1:5432 does not answer (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
class DatabaseOutageIT {

  static final String READINESS = "/actuator/health/readiness";
  static final int POSTGRES_PORT = 5432;
  static final int RELAY_PORT = freePort();
  static Relay relay = new Relay(RELAY_PORT, POSTGRES_PORT);

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("outage_it")
        .replace("127.0.0.1:" + POSTGRES_PORT + "/", "127.0.0.1:" + RELAY_PORT + "/"));
    // the pool gives up on a connection after 5 s (30 s by default) so that the node recovers quickly afterwards
    registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
  }

  @AfterAll
  static void stop() {
    relay.close();
  }

  @Test
  @DisplayName("Readiness: UP; DOWN (503, status only) within seconds of the database going away, liveness still UP;"
      + " UP again once the database is back")
  void readinessFollowsTheDatabase() throws Exception {
    Http http = new Http(port);
    assertThat(http.get(null, READINESS).status()).isEqualTo(200);

    relay.close();
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

    relay = new Relay(RELAY_PORT, POSTGRES_PORT);
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

  /**
   * A TCP relay from a port to the database server: each accepted connection is piped both ways by two threads.
   * Closing it closes the listening socket and every piped connection.
   */
  static final class Relay implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    Relay(int port, int target) {
      try {
        listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress("127.0.0.1", port));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread acceptor = new Thread(() -> {
        while (!listener.isClosed()) {
          try {
            Socket client = listener.accept();
            Socket server = new Socket("127.0.0.1", target);
            sockets.add(client);
            sockets.add(server);
            pipe(client, server);
            pipe(server, client);
          } catch (IOException e) {
            // closed, or the database refused: the client sees its connection drop
          }
        }
      }, "outage-relay");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private void pipe(Socket from, Socket to) {
      Thread thread = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException e) {
          // the relay was cut
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      }, "outage-relay-pipe");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() {
      closeQuietly(listener);
      sockets.forEach(Relay::closeQuietly);
      sockets.clear();
    }

    private static void closeQuietly(Closeable closeable) {
      try {
        closeable.close();
      } catch (IOException e) {
        // already closed
      }
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
