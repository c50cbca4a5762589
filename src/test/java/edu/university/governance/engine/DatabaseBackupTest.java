package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.university.governance.records.RecordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's online backup (operator guide "Backup and restore"): names, contents, and what it refuses. */
class DatabaseBackupTest {

  static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T12:00:05Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  @DisplayName("A file database is zipped to governance-<UTC time>.zip in the configured directory, created if"
      + " missing; a second backup of the same second gets -2")
  void fileDatabase() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("db/governance") + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table gov_probe(id int)");
      DatabaseBackup backup = new DatabaseBackup(h2, dir.resolve("backups").toString(), NOON);

      DatabaseBackup.Backup first = backup.backUp();
      DatabaseBackup.Backup second = backup.backUp();

      assertThat(first.file()).isEqualTo("governance-20261201T120005Z.zip");
      assertThat(second.file()).isEqualTo("governance-20261201T120005Z-2.zip");
      assertThat(Path.of(first.path())).isEqualTo(dir.resolve("backups").resolve(first.file()));
      assertThat(first.bytes()).isEqualTo(Files.size(Path.of(first.path()))).isPositive();
      assertThat(first.createdAt()).isEqualTo(NOON.instant());
      assertThat(entries(Path.of(first.path()))).containsExactly("governance.mv.db");
      statement.execute("shutdown");
    }
  }

  @Test
  @DisplayName("An in-memory database is refused (409) with a Chinese sentence, and nothing is written")
  void inMemoryRefused() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:backup-test;DB_CLOSE_DELAY=-1");
    DatabaseBackup backup = new DatabaseBackup(h2, dir.resolve("backups").toString(), NOON);
    assertThatThrownBy(backup::backUp).isInstanceOfSatisfying(RecordException.class, refusal -> {
      assertThat(refusal.kind()).isEqualTo(RecordException.Kind.CONFLICT);
      assertThat(refusal.getMessage()).contains("内存数据库");
    });
    assertThat(dir.resolve("backups")).doesNotExist();
  }

  private static List<String> entries(Path zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
