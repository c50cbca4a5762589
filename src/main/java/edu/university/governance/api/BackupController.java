package edu.university.governance.api;

import edu.university.governance.engine.DatabaseBackup;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An online backup of the H2 database, for administrators (operator guide "Backup and restore"). */
@Tag(name = "运维 operations", description = "数据库在线备份（H2）")
@RestController
public class BackupController {

  private static final String DESCRIPTION = "H2's BACKUP TO writes a zip of the database, a consistent copy of one"
      + " moment, to governance.backup.directory (./data/backups) as governance-<UTC time>.zip; requests go on being"
      + " answered meanwhile. Restore: unzip it into an empty data directory and start the service there."
      + " Administrators only. On PostgreSQL refused: use pg_dump and pg_restore.";

  private final DatabaseBackup backup;

  public BackupController(DatabaseBackup backup) {
    this.backup = backup;
  }

  @Operation(summary = "Back up the H2 database now, while the service runs", description = DESCRIPTION)
  @ApiResponse(responseCode = "201", description = "the backup written: file name, absolute path, size in bytes")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "409", description = "PostgreSQL（请用 pg_dump）或 H2 内存数据库：本接口不备份")
  @PostMapping("/api/admin/backup")
  @ResponseStatus(HttpStatus.CREATED)
  public DatabaseBackup.Backup create(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller) {
    Access.requireAdmin(caller);
    return backup.backUp();
  }
}
