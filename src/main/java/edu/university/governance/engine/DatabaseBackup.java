package edu.university.governance.engine;

import edu.university.governance.records.RecordException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An online backup of the service's H2 database (operator guide "Backup and restore"): H2's {@code BACKUP TO}
 * writes a zip of the database file while the service goes on answering, as a consistent copy of one moment. The
 * files go to {@code governance.backup.directory} (./data/backups), named {@code governance-<UTC time>.zip}.
 * PostgreSQL is backed up with its own tools (pg_dump), an in-memory H2 database not at all: both are refused.
 */
@Component
public class DatabaseBackup {

  /** One backup written: its file name, where it is, its size and how long it took. */
  public record Backup(String file, String path, long bytes, Instant createdAt, long millis) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final Path directory;
  private final Clock clock;

  @Autowired
  public DatabaseBackup(DataSource dataSource, @Value("${governance.backup.directory:./data/backups}") String directory) {
    this(dataSource, directory, Clock.systemUTC());
  }

  DatabaseBackup(DataSource dataSource, String directory, Clock clock) {
    this.dataSource = dataSource;
    this.directory = Paths.get(directory).toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** Writes a backup now; one at a time. Refused (409) on PostgreSQL and on an in-memory H2 database. */
  public synchronized Backup backUp() {
    try (Connection connection = dataSource.getConnection()) {
      refuseUnlessH2File(connection.getMetaData());
      Files.createDirectories(directory);
      Instant now = clock.instant();
      Path target = freeName(now);
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
      }
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      Backup backup = new Backup(target.getFileName().toString(), target.toString(), Files.size(target), now, millis);
      LOG.info("Database backed up to {} ({} bytes, {} ms)", backup.path(), backup.bytes(), millis);
      return backup;
    } catch (SQLException e) {
      throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
    }
  }

  /** The directory backups are written to. */
  public Path directory() {
    return directory;
  }

  private static void refuseUnlessH2File(DatabaseMetaData database) throws SQLException {
    String product = database.getDatabaseProductName();
    if (!"H2".equalsIgnoreCase(product)) {
      throw RecordException.conflict("database", null, "本服务使用 " + product + " 数据库，不能通过本接口备份：请用 pg_dump -Fc"
          + " 备份（服务运行时即可，得到一致的快照），用 pg_restore 恢复到新数据库，见运维指南“备份与恢复”");
    }
    if (database.getURL().startsWith("jdbc:h2:mem:")) {
      throw RecordException.conflict("database", null, "本服务使用 H2 内存数据库，停止后数据即消失，无法备份");
    }
  }

  /** governance-20261201T120000Z.zip, or -2, -3, … when a backup of that second exists already. */
  private Path freeName(Instant now) {
    String stem = "governance-" + STAMP.format(now);
    Path target = directory.resolve(stem + ".zip");
    for (int n = 2; Files.exists(target); n++) {
      target = directory.resolve(stem + "-" + n + ".zip");
    }
    return target;
  }
}
