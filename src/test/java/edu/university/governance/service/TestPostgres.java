package edu.university.governance.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's PostgreSQL (127.0.0.1:5432, trust auth, user postgres, database test): each test run
 * gets fresh databases, and those of earlier runs whose JVM has ended are dropped first.
 */
final class TestPostgres {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String PREFIX = "gov_it_";
  private static final Pattern OWNER = Pattern.compile("_(\\d+)_\\d+$");

  private TestPostgres() {
  }

  static boolean answers() {
    DriverManager.setLoginTimeout(3);
    try (Connection ignored = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
      return true;
    } catch (SQLException e) {
      System.out.println("PostgreSQL tests skipped: 127.0.0.1:5432 does not answer (" + e.getMessage() + ")");
      return false;
    }
  }

  /** Creates a new, empty database and returns its JDBC URL. */
  static synchronized String freshDatabase(String purpose) {
    String name = PREFIX + purpose + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
         Statement statement = connection.createStatement()) {
      List<String> stale = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
        while (rs.next()) {
          if (ownerEnded(rs.getString(1))) {
            stale.add(rs.getString(1));
          }
        }
      }
      for (String old : stale) {
        statement.execute("drop database if exists " + old + " with (force)");
      }
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return SERVER + name;
  }

  /**
   * Whether the test JVM that created the database ({prefix}{purpose}_{pid}_{millis}) has ended: runs of
   * other worktrees share this server, and their databases stay while their JVM runs.
   */
  private static boolean ownerEnded(String database) {
    Matcher name = OWNER.matcher(database);
    return !name.find() || ProcessHandle.of(Long.parseLong(name.group(1))).map(p -> !p.isAlive()).orElse(true);
  }
}
