package edu.university.governance.records;

import edu.university.governance.rules.ChairRotation;
import edu.university.governance.rules.Post;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** S2: who is executive chair of a union in a semester, and who comes next. */
@Service
public class ChairRotations {

  /** The executive chair of a semester, and the order to come. */
  public record Chair(String semester, String studentId, List<String> upcoming) {
  }

  private final JdbcTemplate jdbc;
  private final UnionRepository unions;
  private final RosterRepository roster;
  private final Clock clock;

  public ChairRotations(JdbcTemplate jdbc, UnionRepository unions, RosterRepository roster, Clock clock) {
    this.jdbc = jdbc;
    this.unions = unions;
    this.roster = roster;
    this.clock = clock;
  }

  /**
   * Rotates the union's executive chair for the semester, once: a repeated rotation of the same semester
   * returns the chair already chosen. Empty when the union has no presidium. The union lock serialises
   * it with roster changes, and the unique (union, semester) key guards it as well.
   */
  @Transactional
  public Optional<String> rotate(String unionId, String semester) {
    unions.lock(unionId);
    Optional<String> existing = chairOf(unionId, semester);
    if (existing.isPresent()) {
      return existing;
    }
    Optional<String> next = ChairRotation.next(presidium(unionId), timesServed(unionId));
    next.ifPresent(studentId -> jdbc.update("insert into gov_chair_rotation (union_id, semester, student_id, rotated_at)"
        + " values (?, ?, ?, ?)", unionId, semester, studentId, Timestamp.from(Instant.now(clock))));
    return next;
  }

  /**
   * After a congress elects a new presidium (C3): the semester's chair is chosen again among the new
   * members, so the roster shows the elected presidium with its executive chair at once.
   */
  @Transactional
  public Optional<String> restartForCurrentSemester(String unionId) {
    String semester = ChairRotation.semesterOf(java.time.LocalDate.now(clock));
    jdbc.update("delete from gov_chair_rotation where union_id = ? and semester = ?", unionId, semester);
    return rotate(unionId, semester);
  }

  /** The current chair (latest semester rotated) if still on the presidium, and the next three in turn. */
  public Optional<Chair> current(String unionId) {
    List<String> presidium = presidium(unionId);
    return jdbc.query("select semester, student_id from gov_chair_rotation where union_id = ? order by rotated_at desc, id desc",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, unionId).stream().findFirst()
        .filter(latest -> presidium.contains(latest[1]))
        .map(latest -> new Chair(latest[0], latest[1], ChairRotation.upcoming(presidium, timesServed(unionId), 3)));
  }

  private Optional<String> chairOf(String unionId, String semester) {
    return jdbc.queryForList("select student_id from gov_chair_rotation where union_id = ? and semester = ?", String.class,
        unionId, semester).stream().findFirst();
  }

  /** The presidium in roster order: longest serving first, then by student id. */
  private List<String> presidium(String unionId) {
    return roster.current(unionId).stream().filter(e -> e.post() == Post.PRESIDIUM)
        .sorted(java.util.Comparator.comparing(RosterEntry::since).thenComparing(RosterEntry::studentId))
        .map(RosterEntry::studentId).toList();
  }

  private Map<String, Integer> timesServed(String unionId) {
    Map<String, Integer> served = new HashMap<>();
    jdbc.query("select student_id, count(*) from gov_chair_rotation where union_id = ? group by student_id",
        rs -> { served.put(rs.getString(1), rs.getInt(2)); }, unionId);
    return served;
  }
}
