package edu.university.governance.records;

import edu.university.governance.rules.AcademicCalendar;
import edu.university.governance.rules.Congress;
import edu.university.governance.rules.Post;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** C1–C3: who a congress represents, its elected delegates, and the presidium it elects onto the roster. */
@Service
public class CongressRecords {

  private final JdbcTemplate jdbc;
  private final RosterRepository roster;
  private final Appointments appointments;
  private final Clock clock;

  public CongressRecords(JdbcTemplate jdbc, RosterRepository roster, Appointments appointments, Clock clock) {
    this.jdbc = jdbc;
    this.roster = roster;
    this.appointments = appointments;
    this.clock = clock;
  }

  /** The colleges a congress represents: every college for a school union, its own for a college union. */
  public List<String> colleges(UnionRecord union) {
    return union.collegeId() != null ? List.of(union.collegeId())
        : jdbc.queryForList("select college_id from gov_college order by college_id", String.class);
  }

  /** Students per represented college, from the records. */
  public Map<String, Integer> studentsByCollege(Collection<String> colleges) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    colleges.forEach(c -> counts.put(c, jdbc.queryForObject("select count(*) from gov_student where college_id = ?",
        Integer.class, c)));
    return counts;
  }

  /** The grades of the students represented (Q12). */
  public Set<Integer> grades(Collection<String> colleges) {
    Set<Integer> grades = new TreeSet<>();
    colleges.forEach(c -> grades.addAll(jdbc.queryForList("select distinct grade from gov_student where college_id = ?",
        Integer.class, c)));
    return grades;
  }

  public void addDelegates(String processInstanceId, Collection<Student> students) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    for (Student student : students) {
      jdbc.update("delete from gov_congress_delegate where process_instance_id = ? and student_id = ?", processInstanceId,
          student.studentId());
      jdbc.update("insert into gov_congress_delegate (process_instance_id, student_id, college_id, elected_at)"
          + " values (?, ?, ?, ?)", processInstanceId, student.studentId(), student.collegeId(), now);
    }
  }

  public List<Congress.Delegate> delegates(String processInstanceId) {
    return jdbc.query("select d.student_id, d.college_id, s.grade from gov_congress_delegate d join gov_student s"
            + " on s.student_id = d.student_id where d.process_instance_id = ? order by d.student_id",
        (rs, i) -> new Congress.Delegate(rs.getString(1), rs.getString(2), rs.getInt(3)), processInstanceId);
  }

  /**
   * C3: the elected presidium replaces the old one for the new term. Every current presidium member's
   * post ends ("届满"), a winner's other post in the union ends too, and the winners take the presidium,
   * all under the union lock, with the day they signed the self-discipline convention as the convener recorded it (D1).
   */
  @Transactional
  public void replacePresidium(String unionId, List<String> winners, String reason, LocalDate conventionSignedAt) {
    appointments.seat(unionId, (union, today) -> {
      Instant now = Instant.now(clock);
      roster.current(unionId).stream().filter(e -> e.post() == Post.PRESIDIUM || winners.contains(e.studentId()))
          .forEach(e -> roster.end(unionId, e.studentId(), now, reason));
      return winners.stream().map(studentId -> new Appointments.Seat(studentId, Post.PRESIDIUM, null,
          AcademicCalendar.academicYear(today), false, "C3", conventionSignedAt)).toList();
    });
  }
}
