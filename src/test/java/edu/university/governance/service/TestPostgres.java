package edu.university.governance.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's PostgreSQL (127.0.0.1:5432, trust auth, user postgres, database test): each test run
 * gets fresh databases, and those of earlier runs are dropped first.
 */
final class TestPostgres {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String PREFIX = "gov_it_";

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
      try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX
          + "%' and datname not like '%\\_" + ProcessHandle.current().pid() + "\\_%'")) {
        while (rs.next()) {
          stale.add(rs.getString(1));
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
}
