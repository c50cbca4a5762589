package edu.university.governance.records;

import edu.university.governance.rules.Post;
import edu.university.governance.rules.UnionCounts;
import edu.university.governance.rules.UnionLevel;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class RosterRepository {

  private final JdbcTemplate jdbc;

  public RosterRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Current members (no end date), presidium first, then by department and name. */
  public List<RosterEntry> current(String unionId) {
    return jdbc.query("select r.id, r.union_id, r.student_id, s.name, r.post, r.department_id, d.name as department_name,"
            + " r.term, r.since, r.from_college_union, r.source, r.convention_signed_at,"
            + " exists (select 1 from gov_investigation i where i.union_id = r.union_id and i.student_id = r.student_id"
            + " and i.closed_at is null) as under_investigation from gov_roster r"
            + " join gov_student s on s.student_id = r.student_id"
            + " left join gov_department d on d.union_id = r.union_id and d.department_id = r.department_id"
            + " where r.union_id = ? and r.ended_at is null"
            + " order by case r.post when 'PRESIDIUM' then 0 when 'DEPARTMENT_HEAD' then 1 else 2 end,"
            + " r.department_id, r.student_id",
        (rs, i) -> {
          Post post = Post.valueOf(rs.getString("post"));
          return new RosterEntry(rs.getLong("id"), rs.getString("union_id"), rs.getString("student_id"),
              rs.getString("name"), post, post.label(), rs.getString("department_id"), rs.getString("department_name"),
              rs.getString("term"), rs.getDate("since").toLocalDate(), rs.getBoolean("from_college_union"),
              rs.getString("source"), rs.getBoolean("under_investigation"),
              rs.getObject("convention_signed_at") == null ? null : rs.getDate("convention_signed_at").toLocalDate());
        }, unionId);
  }

  /** The counts the quota rules are decided on (Q1–Q9). */
  public UnionCounts counts(String unionId, UnionLevel level) {
    Integer departments = jdbc.queryForObject("select count(*) from gov_department where union_id = ?", Integer.class,
        unionId);
    int[] presidium = {0};
    int[] fromCollege = {0};
    Map<String, Integer> heads = new HashMap<>();
    Map<String, Integer> staff = new HashMap<>();
    jdbc.query("select post, department_id, from_college_union from gov_roster where union_id = ? and ended_at is null",
        rs -> {
          Post post = Post.valueOf(rs.getString(1));
          switch (post) {
            case PRESIDIUM -> presidium[0]++;
            case DEPARTMENT_HEAD -> heads.merge(rs.getString(2), 1, Integer::sum);
            case STAFF -> staff.merge(rs.getString(2), 1, Integer::sum);
          }
          if (rs.getBoolean(3)) {
            fromCollege[0]++;
          }
        }, unionId);
    return new UnionCounts(level, departments == null ? 0 : departments, presidium[0], heads, staff, fromCollege[0]);
  }

  /** The post a student holds now in the union, if any. */
  public Optional<Post> currentPost(String unionId, String studentId) {
    return jdbc.queryForList("select post from gov_roster where union_id = ? and student_id = ? and ended_at is null",
        String.class, unionId, studentId).stream().findFirst().map(Post::valueOf);
  }

  /** Whether the student holds a post now in any union of this level. */
  public boolean onRosterOfLevel(String studentId, UnionLevel level) {
    Integer n = jdbc.queryForObject("select count(*) from gov_roster r join gov_union u on u.union_id = r.union_id"
        + " where r.student_id = ? and r.ended_at is null and u.level = ?", Integer.class, studentId, level.name());
    return n != null && n > 0;
  }

  /** Whether the student holds a post now in a union of that college (Q10: "college-union staff"). */
  public boolean onRosterOfCollege(String studentId, String collegeId) {
    Integer n = jdbc.queryForObject("select count(*) from gov_roster r join gov_union u on u.union_id = r.union_id"
        + " where r.student_id = ? and r.ended_at is null and u.college_id = ?", Integer.class, studentId, collegeId);
    return n != null && n > 0;
  }

  /** conventionSignedAt: the day the member signed the self-discipline convention (D1), or null when not recorded. */
  public void insert(String unionId, String studentId, Post post, String departmentId, String term, LocalDate since,
                     boolean fromCollegeUnion, String source, LocalDate conventionSignedAt) {
    jdbc.update("insert into gov_roster (union_id, student_id, post, department_id, term, since, from_college_union, source,"
            + " active_key, convention_signed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        unionId, studentId, post.name(), departmentId, term, Date.valueOf(since), fromCollegeUnion, source,
        unionId + "/" + studentId, conventionSignedAt == null ? null : Date.valueOf(conventionSignedAt));
  }

  /** Ends a member's current post (removal, end of term): the seat is free at once, the row stays as history. */
  public boolean end(String unionId, String studentId, java.time.Instant at, String reason) {
    return jdbc.update("update gov_roster set ended_at = ?, end_reason = ?, active_key = null"
        + " where union_id = ? and student_id = ? and ended_at is null",
        java.sql.Timestamp.from(at), reason, unionId, studentId) > 0;
  }
}
