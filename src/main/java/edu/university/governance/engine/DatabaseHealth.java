package edu.university.governance.engine;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, within a bound (health component "database", part of the readiness probe). Spring's
 * own "db" indicator asks the connection pool, which waits up to its connection timeout (30 s) while the database is
 * unreachable: a probe would hang that long. Here one check runs at a time on a thread of its own, and a probe that
 * finds it still running after {@code governance.health.database-timeout} (2 s) answers DOWN at once.
 */
@Component("database")
public class DatabaseHealth implements HealthIndicator {

  private final DataSource dataSource;
  private final Duration timeout;
  private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "database-health");
    thread.setDaemon(true);
    return thread;
  });
  private CompletableFuture<String> running;

  public DatabaseHealth(DataSource dataSource, @Value("${governance.health.database-timeout:2s}") Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  @Override
  public Health health() {
    CompletableFuture<String> check = check();
    try {
      return Health.up().withDetail("database", check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)).build();
    } catch (TimeoutException e) {
      return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
    } catch (ExecutionException e) {
      return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().build();
    }
  }

  /** The check in progress, or a new one: probes never queue up behind a database that does not answer. */
  private synchronized CompletableFuture<String> check() {
    if (running == null || running.isDone()) {
      running = CompletableFuture.supplyAsync(this::connect, checker);
    }
    return running;
  }

  private String connect() {
    try (Connection connection = dataSource.getConnection()) {
      int seconds = (int) Math.max(1, timeout.toSeconds());
      if (!connection.isValid(seconds)) {
        throw new IllegalStateException("the connection is not valid");
      }
      return connection.getMetaData().getDatabaseProductName();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @PreDestroy
  void stop() {
    checker.shutdownNow();
  }
}
