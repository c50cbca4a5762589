package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** S4 volunteers of one activity: recruited for it, released when it ends; never on the roster. */
@Repository
public class VolunteerRepository {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public VolunteerRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void recruit(String processInstanceId, String unionId, List<String> studentIds) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.batchUpdate("insert into gov_volunteer (process_instance_id, union_id, student_id, recruited_at) values (?, ?, ?, ?)",
        studentIds, 100, (ps, studentId) -> {
          ps.setString(1, processInstanceId);
          ps.setString(2, unionId);
          ps.setString(3, studentId);
          ps.setTimestamp(4, now);
        });
  }

  /** Releases every volunteer of the activity still serving; returns how many. */
  public int releaseAll(String processInstanceId) {
    return jdbc.update("update gov_volunteer set released_at = ? where process_instance_id = ? and released_at is null",
        Timestamp.from(Instant.now(clock)), processInstanceId);
  }

  public int serving(String processInstanceId) {
    Integer n = jdbc.queryForObject("select count(*) from gov_volunteer where process_instance_id = ? and released_at is null",
        Integer.class, processInstanceId);
    return n == null ? 0 : n;
  }
}
