package edu.university.governance.records;

import edu.university.governance.rules.Post;
import edu.university.governance.rules.ReviewRanking;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** R1–R3: the semester's reviewees of a union, their work reports, the board's ratings, and the ranking. */
@Service
public class Reviews {

  /** One reviewee's result for the ranking view. */
  public record Result(int rank, String studentId, String name, String post, int total, double average,
                       Map<String, Integer> ratings, String comment) {
  }

  private final JdbcTemplate jdbc;
  private final RosterRepository roster;
  private final Clock clock;

  public Reviews(JdbcTemplate jdbc, RosterRepository roster, Clock clock) {
    this.jdbc = jdbc;
    this.roster = roster;
    this.clock = clock;
  }

  /** R1: the presidium members and department heads of the union now, who report on their work. */
  public List<RosterEntry> reviewees(String unionId) {
    return roster.current(unionId).stream().filter(e -> e.post() != Post.STAFF).toList();
  }

  public boolean started(String unionId, String semester) {
    Integer n = jdbc.queryForObject("select count(*) from gov_review where union_id = ? and semester = ?", Integer.class,
        unionId, semester);
    return n != null && n > 0;
  }

  /** Opens the semester's review; the unique (union, semester, student) key refuses a second one. */
  public void open(String unionId, String semester, String processInstanceId, List<RosterEntry> reviewees) {
    jdbc.batchUpdate("insert into gov_review (union_id, semester, student_id, post, process_instance_id) values (?, ?, ?, ?, ?)",
        reviewees, 100, (ps, e) -> {
          ps.setString(1, unionId);
          ps.setString(2, semester);
          ps.setString(3, e.studentId());
          ps.setString(4, e.post().name());
          ps.setString(5, processInstanceId);
        });
  }

  public List<String> revieweeIds(String processInstanceId) {
    return jdbc.queryForList("select student_id from gov_review where process_instance_id = ? order by id", String.class,
        processInstanceId);
  }

  public void report(String processInstanceId, String studentId, String workReport) {
    jdbc.update("update gov_review set work_report = ? where process_instance_id = ? and student_id = ?", workReport,
        processInstanceId, studentId);
  }

  public void rate(String processInstanceId, String studentId, List<Integer> ratings, String comment) {
    jdbc.update("update gov_review set political_attitude = ?, moral_conduct = ?, study = ?, work_results = ?,"
            + " discipline = ?, comment = ?, reviewed_at = ? where process_instance_id = ? and student_id = ?",
        ratings.get(0), ratings.get(1), ratings.get(2), ratings.get(3), ratings.get(4), comment,
        Timestamp.from(Instant.now(clock)), processInstanceId, studentId);
  }

  /** R3: the rated reviewees of a union's semester, ranked on their ratings alone. */
  public List<Result> ranking(String unionId, String semester) {
    record Row(String studentId, String name, String post, List<Integer> ratings, String comment) {
    }
    List<Row> rows = jdbc.query("select r.student_id, s.name, r.post, r.political_attitude, r.moral_conduct, r.study,"
            + " r.work_results, r.discipline, r.comment from gov_review r join gov_student s on s.student_id = r.student_id"
            + " where r.union_id = ? and r.semester = ? and r.reviewed_at is not null",
        (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
            List.of(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), rs.getString(9)),
        unionId, semester);
    Map<String, Row> byStudent = rows.stream().collect(Collectors.toMap(Row::studentId, r -> r));
    return ReviewRanking.rank(rows.stream().map(r -> new ReviewRanking.Rated(r.studentId(), r.ratings())).toList())
        .stream().map(ranked -> {
          Row row = byStudent.get(ranked.studentId());
          Map<String, Integer> ratings = new java.util.LinkedHashMap<>();
          var aspects = edu.university.governance.rules.ReviewAspect.values();
          for (int i = 0; i < aspects.length; i++) {
            ratings.put(aspects[i].variable(), row.ratings().get(i));
          }
          return new Result(ranked.rank(), row.studentId(), row.name(), Post.valueOf(row.post()).label(),
              ranked.total(), ranked.average(), ratings, row.comment());
        }).toList();
  }
}
