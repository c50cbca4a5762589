package edu.university.governance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** O1: the work report of each union and semester, one at most (table gov_work_report). */
@Repository
public class WorkReportRepository {

  /** A union's work report procedure of a semester: when it was opened and due, and when the report came. */
  public record WorkReport(String processInstanceId, String unionId, String semester, String businessKey,
                           Instant openedAt, Instant dueAt, Instant submittedAt) {
  }

  private static final String COLUMNS =
      "process_instance_id, union_id, semester, business_key, opened_at, due_at, submitted_at";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public WorkReportRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Opens the union's report of the semester; empty when opened, or the report already opened for that union and
   * semester (the unique key decides even when two starts race).
   */
  public Optional<WorkReport> open(String processInstanceId, String unionId, String semester, String businessKey,
                                   Instant dueAt) {
    Optional<WorkReport> first = of(unionId, semester);
    if (first.isPresent()) {
      return first;
    }
    try {
      jdbc.update("insert into gov_work_report (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, null)", processInstanceId,
          unionId, semester, businessKey, Timestamp.from(Instant.now(clock)), Timestamp.from(dueAt));
      return Optional.empty();
    } catch (DuplicateKeyException e) {
      return of(unionId, semester);
    }
  }

  public Optional<WorkReport> of(String unionId, String semester) {
    return jdbc.query("select " + COLUMNS + " from gov_work_report where union_id = ? and semester = ?",
        WorkReportRepository::map, unionId, semester).stream().findFirst();
  }

  public Optional<WorkReport> ofProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from gov_work_report where process_instance_id = ?",
        WorkReportRepository::map, processInstanceId).stream().findFirst();
  }

  /** The presidium submitted the report now. */
  public void submitted(String processInstanceId) {
    jdbc.update("update gov_work_report set submitted_at = ? where process_instance_id = ?",
        Timestamp.from(Instant.now(clock)), processInstanceId);
  }

  /** A cancelled procedure leaves no report behind: the union may report for that semester again. */
  public void cancel(String processInstanceId) {
    jdbc.update("delete from gov_work_report where process_instance_id = ?", processInstanceId);
  }

  private static WorkReport map(ResultSet row, int i) throws SQLException {
    Timestamp submitted = row.getTimestamp("submitted_at");
    return new WorkReport(row.getString("process_instance_id"), row.getString("union_id"), row.getString("semester"),
        row.getString("business_key"), row.getTimestamp("opened_at").toInstant(), row.getTimestamp("due_at").toInstant(),
        submitted == null ? null : submitted.toInstant());
  }
}
