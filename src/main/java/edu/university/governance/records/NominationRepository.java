package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class NominationRepository {

  private static final String COLUMNS =
      "id, procedure_rule, union_id, student_id, basis, process_instance_id, status, confirmed_year, reason";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public NominationRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Opens a nomination, or returns false when the student already has one open for this union. The
   * unique open_key decides even when two starts race: the second insert fails and is refused.
   */
  public boolean open(String procedureRule, String unionId, String studentId, String basis, String processInstanceId) {
    try {
      jdbc.update("insert into gov_nomination (procedure_rule, union_id, student_id, basis, process_instance_id, status,"
              + " open_key, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
          procedureRule, unionId, studentId, basis, processInstanceId, Nomination.OPEN, openKey(unionId, studentId),
          Timestamp.from(Instant.now(clock)));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public Optional<Nomination> openFor(String unionId, String studentId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where open_key = ?", NominationRepository::map,
        openKey(unionId, studentId)).stream().findFirst();
  }

  public Optional<Nomination> byProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where process_instance_id = ?",
        NominationRepository::map, processInstanceId).stream().findFirst();
  }

  /** Closes an open nomination with its outcome; a confirmed candidate keeps the year it was confirmed in. */
  public void close(String processInstanceId, String status, Integer confirmedYear, String reason) {
    jdbc.update("update gov_nomination set status = ?, open_key = null, confirmed_year = ?, reason = ?, closed_at = ?"
            + " where process_instance_id = ? and status = ?",
        status, confirmedYear, reason, Timestamp.from(Instant.now(clock)), processInstanceId, Nomination.OPEN);
  }

  /** The confirmed candidates of a union and year, whom its student congress may elect (C, P1, P3). */
  public List<Nomination> confirmedCandidates(String unionId, int year) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where union_id = ? and confirmed_year = ? and status = ?"
        + " order by student_id", NominationRepository::map, unionId, year, Nomination.CANDIDATE_CONFIRMED);
  }

  private static String openKey(String unionId, String studentId) {
    return unionId + "/" + studentId;
  }

  private static Nomination map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    int year = rs.getInt("confirmed_year");
    return new Nomination(rs.getLong("id"), rs.getString("procedure_rule"), rs.getString("union_id"),
        rs.getString("student_id"), rs.getString("basis"), rs.getString("process_instance_id"), rs.getString("status"),
        rs.wasNull() ? null : year, rs.getString("reason"));
  }
}
