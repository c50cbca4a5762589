package edu.university.governance.records;

import edu.university.governance.rules.PoliticalStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class StudentRepository {

  private static final String COLUMNS =
      "student_id, name, college_id, class_id, major, grade, political_status, major_rank, major_size, failed_courses";
  /** Short IN lists keep both databases on their index and their statements cacheable. */
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public StudentRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Student> find(String studentId) {
    return jdbc.query("select " + COLUMNS + " from gov_student where student_id = ?", StudentRepository::map, studentId)
        .stream().findFirst();
  }

  public Set<String> existingIds(Collection<String> ids) {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      found.addAll(jdbc.queryForList("select student_id from gov_student where student_id in (" + marks + ")",
          String.class, chunk.toArray()));
    }
    return found;
  }

  public void insert(List<Student> students) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.batchUpdate("insert into gov_student (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        students, CHUNK, (ps, s) -> {
          ps.setString(1, s.studentId());
          bindRecord(ps, 2, s);
          ps.setTimestamp(11, now);
        });
  }

  public void update(List<Student> students) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.batchUpdate("update gov_student set name = ?, college_id = ?, class_id = ?, major = ?, grade = ?,"
            + " political_status = ?, major_rank = ?, major_size = ?, failed_courses = ?, updated_at = ? where student_id = ?",
        students, CHUNK, (ps, s) -> {
          bindRecord(ps, 1, s);
          ps.setTimestamp(10, now);
          ps.setString(11, s.studentId());
        });
  }

  /** The classes of a college that have students (C2: their branches recommend delegates). */
  public List<String> classesOf(String collegeId) {
    return jdbc.queryForList("select class_id from gov_class where college_id = ? order by class_id", String.class, collegeId);
  }

  public int count() {
    Integer n = jdbc.queryForObject("select count(*) from gov_student", Integer.class);
    return n == null ? 0 : n;
  }

  private static void bindRecord(java.sql.PreparedStatement ps, int first, Student s) throws SQLException {
    ps.setString(first, s.name());
    ps.setString(first + 1, s.collegeId());
    ps.setString(first + 2, s.classId());
    ps.setString(first + 3, s.major());
    ps.setInt(first + 4, s.grade());
    ps.setString(first + 5, s.politicalStatus().name());
    ps.setInt(first + 6, s.majorRank());
    ps.setInt(first + 7, s.majorSize());
    ps.setInt(first + 8, s.failedCourses());
  }

  private static Student map(ResultSet rs, int row) throws SQLException {
    return new Student(rs.getString("student_id"), rs.getString("name"), rs.getString("college_id"),
        rs.getString("class_id"), rs.getString("major"), rs.getInt("grade"),
        PoliticalStatus.valueOf(rs.getString("political_status")), rs.getInt("major_rank"), rs.getInt("major_size"),
        rs.getInt("failed_courses"));
  }
}
