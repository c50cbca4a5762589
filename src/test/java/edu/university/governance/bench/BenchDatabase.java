package edu.university.governance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * A fresh, empty database for one benchmark run: an H2 directory under target/bench, or a new PostgreSQL
 * database on 127.0.0.1:5432 that {@link #close} drops again. Its name starts gov_bench_, not gov_it_,
 * so that an integration test running meanwhile (which drops every gov_it_ database but its own) cannot
 * pull it away mid-run.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  private final Path directory;
  private final String postgresName;

  private BenchDatabase(Path directory, String postgresName) {
    this.directory = directory;
    this.postgresName = postgresName;
  }

  /** An empty H2 directory (the service keeps ./data/governance there), or a new PostgreSQL database. */
  static BenchDatabase fresh(String purpose, boolean postgres) {
    Path directory = Path.of("target", "bench", purpose).toAbsolutePath();
    deleteRecursively(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!postgres) {
      return new BenchDatabase(directory, null);
    }
    String name = "gov_bench_" + purpose.replace('-', '_') + "_" + ProcessHandle.current().pid();
    postgresStatement("drop database if exists " + name + " with (force)");
    postgresStatement("create database " + name);
    return new BenchDatabase(directory, name);
  }

  /** The working directory of a service node (its H2 files, when on H2). */
  Path directory() {
    return directory;
  }

  /** The JDBC URL of this database, for a service started in-process. */
  String jdbcUrl() {
    return postgresName != null ? SERVER + postgresName : h2Url(directory);
  }

  /** application.yaml's H2 URL, with its settings, for a database in the given directory instead of ./data. */
  static String h2Url(Path directory) {
    try (InputStream yaml = BenchDatabase.class.getClassLoader().getResourceAsStream("application.yaml")) {
      Map<String, Object> settings = new Yaml().load(yaml);
      Object url = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) settings.get("spring")).get("datasource"))).get("url");
      return url.toString().replace("jdbc:h2:file:./data/", "jdbc:h2:file:" + directory.resolve("data") + "/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The environment of a service node: application-postgres.yaml reads the database name from it. */
  Map<String, String> environment() {
    return postgresName == null ? Map.of() : Map.of("GOVERNANCE_DB_NAME", postgresName);
  }

  String describe() {
    return postgresName != null ? "PostgreSQL database " + postgresName + " on 127.0.0.1:5432 (created empty)"
        : "H2 file database in " + directory.resolve("data") + " (created empty)";
  }

  @Override
  public void close() {
    if (postgresName != null) {
      postgresStatement("drop database if exists " + postgresName + " with (force)");
    }
  }

  private static void postgresStatement(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 refused \"" + sql + "\": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
