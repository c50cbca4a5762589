package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class NominationRepository {

  private static final String COLUMNS =
      "id, procedure_rule, union_id, student_id, basis, process_instance_id, status, confirmed_year, reason, post,"
          + " department_id";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public NominationRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Opens a nomination (P1 with a basis, P2 and P3 with a post), or returns false when the student
   * already has one open for this union. The unique open_key decides even when two starts race: the
   * second insert fails and is refused.
   */
  public boolean open(String procedureRule, String unionId, String studentId, String basis, String post,
                      String departmentId, String processInstanceId) {
    try {
      jdbc.update("insert into gov_nomination (procedure_rule, union_id, student_id, basis, post, department_id,"
              + " process_instance_id, status, open_key, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          procedureRule, unionId, studentId, basis, post, departmentId, processInstanceId, Nomination.OPEN,
          openKey(unionId, studentId), Timestamp.from(Instant.now(clock)));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public Optional<Nomination> openFor(String unionId, String studentId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where open_key = ?", NominationRepository::map,
        openKey(unionId, studentId)).stream().findFirst();
  }

  /** The nomination of a single-nominee process (P1, P3). */
  public Optional<Nomination> byProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where process_instance_id = ?",
        NominationRepository::map, processInstanceId).stream().findFirst();
  }

  /** Every nomination of a batch process (P2), in the order they were opened. */
  public List<Nomination> allOfProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where process_instance_id = ? order by id",
        NominationRepository::map, processInstanceId);
  }

  public Optional<Nomination> ofStudent(String processInstanceId, String studentId) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where process_instance_id = ? and student_id = ?",
        NominationRepository::map, processInstanceId, studentId).stream().findFirst();
  }

  /** Closes every open nomination of the instance with its outcome; a confirmed candidate keeps its year. */
  public void close(String processInstanceId, String status, Integer confirmedYear, String reason) {
    jdbc.update("update gov_nomination set status = ?, open_key = null, confirmed_year = ?, reason = ?, closed_at = ?"
            + " where process_instance_id = ? and status = ?",
        status, confirmedYear, reason, Timestamp.from(Instant.now(clock)), processInstanceId, Nomination.OPEN);
  }

  /** Closes one nominee's open nomination within a batch (P2). */
  public void closeNominee(String processInstanceId, String studentId, String status, String reason) {
    jdbc.update("update gov_nomination set status = ?, open_key = null, reason = ?, closed_at = ?"
            + " where process_instance_id = ? and student_id = ? and status = ?",
        status, reason, Timestamp.from(Instant.now(clock)), processInstanceId, studentId, Nomination.OPEN);
  }

  /** The confirmed candidates of a union and year, whom its student congress may elect (C, P1, P3). */
  public List<Nomination> confirmedCandidates(String unionId, int year) {
    return jdbc.query("select " + COLUMNS + " from gov_nomination where union_id = ? and confirmed_year = ? and status = ?"
        + " order by student_id", NominationRepository::map, unionId, year, Nomination.CANDIDATE_CONFIRMED);
  }

  /** A confirmed candidate as a published list shows them: names, college, class, basis or post, and when. */
  public record ConfirmedCandidate(String studentId, String name, String collegeName, String classId,
                                   String procedureRule, String basis, String post, String departmentName,
                                   Instant confirmedAt) {
  }

  /** The confirmed candidates of a union and year with their names (the Excel list and the 公示 page). */
  public List<ConfirmedCandidate> confirmedCandidateList(String unionId, int year) {
    return jdbc.query("select n.student_id, s.name, c.name college_name, s.class_id, n.procedure_rule, n.basis, n.post,"
            + " d.name department_name, n.closed_at from gov_nomination n"
            + " join gov_student s on s.student_id = n.student_id join gov_college c on c.college_id = s.college_id"
            + " left join gov_department d on d.union_id = n.union_id and d.department_id = n.department_id"
            + " where n.union_id = ? and n.confirmed_year = ? and n.status = ? order by n.student_id",
        (rs, row) -> new ConfirmedCandidate(rs.getString("student_id"), rs.getString("name"),
            rs.getString("college_name"), rs.getString("class_id"), rs.getString("procedure_rule"), rs.getString("basis"),
            rs.getString("post"), rs.getString("department_name"),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()),
        unionId, year, Nomination.CANDIDATE_CONFIRMED);
  }

  /** A confirmed candidacy: its procedure (P1, P3), year and when it was confirmed. */
  public record Confirmation(String procedureRule, int year, Instant confirmedAt) {
  }

  /** The student's candidacy for the union confirmed this (calendar) year, the year a congress elects from. */
  public Optional<Confirmation> confirmedThisYear(String unionId, String studentId) {
    int year = Year.now(clock).getValue();
    return jdbc.query("select procedure_rule, closed_at from gov_nomination where union_id = ?"
            + " and student_id = ? and confirmed_year = ? and status = ? order by closed_at",
        (rs, row) -> new Confirmation(rs.getString("procedure_rule"), year,
            rs.getTimestamp("closed_at").toInstant()),
        unionId, studentId, year, Nomination.CANDIDATE_CONFIRMED).stream().findFirst();
  }

  private static String openKey(String unionId, String studentId) {
    return unionId + "/" + studentId;
  }

  private static Nomination map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    int year = rs.getInt("confirmed_year");
    return new Nomination(rs.getLong("id"), rs.getString("procedure_rule"), rs.getString("union_id"),
        rs.getString("student_id"), rs.getString("basis"), rs.getString("process_instance_id"), rs.getString("status"),
        rs.wasNull() ? null : year, rs.getString("reason"), rs.getString("post"), rs.getString("department_id"));
  }
}
