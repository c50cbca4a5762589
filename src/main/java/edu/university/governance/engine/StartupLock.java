package edu.university.governance.engine;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that share one PostgreSQL database start one at a time. Started together on an empty database,
 * two nodes both created Camunda's tables and the second failed (duplicate key in pg_type); the
 * deployment, Flyway, {@link Bootstrap} and the demo data check before they insert and would race the
 * same way. So a PostgreSQL session advisory lock is taken before the engine is built and released once
 * the application is ready; a node that dies meanwhile releases it with its connection. An H2 file
 * belongs to one process, so H2 needs no lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** Any number the nodes agree on; String.hashCode is the same in every JVM. */
  static final long KEY = "union-governance start-up".hashCode();

  private final DataSource dataSource;
  private Connection held;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      if (!call(connection, "pg_try_advisory_lock")) {
        LOG.info("Another node is starting on this database; waiting for it to finish its start-up");
        call(connection, "pg_advisory_lock");
      }
      held = connection;
      LOG.info("Start-up lock taken: schema, deployment and start-up data are this node's until it is ready");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock", e);
    }
  }

  /** After every ApplicationRunner (Bootstrap, DemoData): the next node may start. */
  @EventListener(ApplicationReadyEvent.class)
  @PreDestroy
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try {
      call(held, "pg_advisory_unlock");
      held.close();
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      // a pooled connection must not keep the lock: drop it, and the lock goes with its session
      LOG.warn("Could not release the start-up lock; closing its connection instead", e);
      try {
        held.abort(Runnable::run);
      } catch (SQLException ignored) {
        // the session ends with the process at the latest
      }
    } finally {
      held = null;
    }
  }

  /** Calls one of PostgreSQL's advisory lock functions on the key; false only when it answers false. */
  private static boolean call(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)::text")) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return !"false".equals(result.getString(1));
      }
    }
  }
}
