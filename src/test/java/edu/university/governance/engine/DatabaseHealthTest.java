package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The readiness check of the database: UP when it answers, DOWN at once when it refuses, DOWN within the bound when it hangs. */
class DatabaseHealthTest {

  @Test
  @DisplayName("A database that answers: UP, naming it")
  void up() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:database-health");
    Health health = new DatabaseHealth(h2, Duration.ofSeconds(2)).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("database", "H2");
  }

  @Test
  @DisplayName("An unreachable database (the pool gives up): DOWN with the error")
  void unreachable() {
    DataSource refusing = dataSource(() -> {
      throw new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused");
    });
    Health health = new DatabaseHealth(refusing, Duration.ofSeconds(2)).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(String.valueOf(health.getDetails().get("error"))).contains("refused");
  }

  @Test
  @DisplayName("A database that does not answer: DOWN after the bound, and the next probe does not queue behind the first")
  void hanging() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    DataSource hanging = dataSource(() -> {
      released.await(30, TimeUnit.SECONDS);
      throw new SQLException("gave up");
    });
    DatabaseHealth check = new DatabaseHealth(hanging, Duration.ofMillis(300));
    for (int probe = 0; probe < 3; probe++) {
      long start = System.nanoTime();
      Health health = check.health();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails().get("error")).isEqualTo("no answer within 300 ms");
      assertThat(millis).as("probe " + probe).isBetween(250L, 2000L);
    }
    released.countDown();
    check.stop();
  }

  interface Connecting {
    void connect() throws Exception;
  }

  /** A DataSource whose getConnection runs the given code (which throws: no connection is ever returned). */
  private static DataSource dataSource(Connecting connecting) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            connecting.connect();
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
