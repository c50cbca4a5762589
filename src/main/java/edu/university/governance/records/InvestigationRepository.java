package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** D3 investigations: opened when a member is reported, closed with the handling decided. */
@Repository
public class InvestigationRepository {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public InvestigationRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void open(String unionId, String studentId, String processInstanceId, String allegation, String reportedBy) {
    jdbc.update("insert into gov_investigation (union_id, student_id, process_instance_id, allegation, reported_by,"
            + " opened_at) values (?, ?, ?, ?, ?, ?)",
        unionId, studentId, processInstanceId, allegation, reportedBy, Timestamp.from(Instant.now(clock)));
  }

  /** The member an investigation is about, as reported at its start. */
  public record Investigation(String unionId, String studentId) {
  }

  public java.util.Optional<Investigation> ofProcessInstance(String processInstanceId) {
    return jdbc.query("select union_id, student_id from gov_investigation where process_instance_id = ?",
        (row, i) -> new Investigation(row.getString("union_id"), row.getString("student_id")), processInstanceId)
        .stream().findFirst();
  }

  /** Closes the instance's investigation with its handling (or CANCELLED when the instance was deleted). */
  public void close(String processInstanceId, String handling, String findings) {
    jdbc.update("update gov_investigation set closed_at = ?, handling = ?, findings = ? where process_instance_id = ?"
        + " and closed_at is null", Timestamp.from(Instant.now(clock)), handling, findings, processInstanceId);
  }
}
