package edu.university.governance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The decision record (CONTRACT.md "Decisions in user tasks"): one row per completed user task, written once by
 * the service when the task completes. "subject" tells apart the parallel reviews of one procedure (a P2 nominee,
 * an R2 reviewee, a C2 college); it is null for a procedure's own steps.
 */
@Repository
public class DecisionRepository {

  /** One decision as recorded. */
  public record Decision(String taskId, String processInstanceId, String processDefinitionKey, String step,
                         String stepName, String subject, String office, String userId, Instant decidedAt,
                         Boolean approved, String handling, String comment, String details) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DecisionRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a decision, stamped now; a task is recorded once (the unique task id refuses a second row). */
  public void record(Decision decision) {
    jdbc.update("insert into gov_decision (task_id, process_instance_id, process_definition_key, step, step_name,"
            + " subject, office, user_id, decided_at, approved, handling, comment, details)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        decision.taskId(), decision.processInstanceId(), decision.processDefinitionKey(), decision.step(),
        decision.stepName(), decision.subject(), decision.office(), decision.userId(), Timestamp.from(Instant.now(clock)),
        decision.approved(), decision.handling(), decision.comment(), decision.details());
  }

  /** The latest decision of that step for that subject (null: the procedure's own) in the instance. */
  public Optional<Decision> latest(String processInstanceId, String step, String subject) {
    List<Decision> found = subject == null
        ? jdbc.query("select * from gov_decision where process_instance_id = ? and step = ? and subject is null"
            + " order by id desc", this::map, processInstanceId, step)
        : jdbc.query("select * from gov_decision where process_instance_id = ? and step = ? and subject = ?"
            + " order by id desc", this::map, processInstanceId, step, subject);
    return found.stream().findFirst();
  }

  /** Every decision of the instance, in the order they were taken. */
  public List<Decision> forProcessInstance(String processInstanceId) {
    return jdbc.query("select * from gov_decision where process_instance_id = ? order by id", this::map,
        processInstanceId);
  }

  private Decision map(ResultSet row, int index) throws SQLException {
    Object approved = row.getObject("approved");
    return new Decision(row.getString("task_id"), row.getString("process_instance_id"),
        row.getString("process_definition_key"), row.getString("step"), row.getString("step_name"),
        row.getString("subject"), row.getString("office"), row.getString("user_id"),
        row.getTimestamp("decided_at").toInstant(), approved == null ? null : (Boolean) approved,
        row.getString("handling"), row.getString("comment"), row.getString("details"));
  }
}
