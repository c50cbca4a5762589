package edu.university.governance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issue 14: the deadline of each open user task (gov_task_deadline), the reminders and escalations recorded for
 * them (gov_task_event, what a notification outbox reads), and the claim that lets one node of several run the
 * periodic check (gov_deadline_check). Written in the engine's transaction of the task or the check.
 */
@Repository
public class TaskDeadlineRepository {

  public static final String REMINDER = "REMINDER";
  public static final String ESCALATION = "ESCALATION";

  /** The deadline of one task as recorded when it was created. */
  public record TaskDeadline(String taskId, String processInstanceId, String processDefinitionKey, String step,
                             Instant dueAt, Instant remindAt, String supervisor, Instant remindedAt, Instant escalatedAt) {
  }

  /** One reminder or escalation. */
  public record TaskEvent(long id, String taskId, String processInstanceId, String processDefinitionKey, String step,
                          String taskName, String kind, String audience, Instant dueAt, Instant occurredAt) {
  }

  private final JdbcTemplate jdbc;

  public TaskDeadlineRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(TaskDeadline deadline) {
    jdbc.update("insert into gov_task_deadline (task_id, process_instance_id, process_definition_key, step, due_at,"
            + " remind_at, supervisor) values (?, ?, ?, ?, ?, ?, ?)",
        deadline.taskId(), deadline.processInstanceId(), deadline.processDefinitionKey(), deadline.step(),
        Timestamp.from(deadline.dueAt()), timestamp(deadline.remindAt()), deadline.supervisor());
  }

  /** Rows with something due by then: a reminder not yet sent, or an escalation not yet made. */
  public List<TaskDeadline> dueBy(Instant now) {
    Timestamp at = Timestamp.from(now);
    return jdbc.query("select * from gov_task_deadline where escalated_at is null and (due_at <= ?"
        + " or (reminded_at is null and remind_at <= ?)) order by due_at", this::map, at, at);
  }

  /** Marks the reminder done; false when another check did it first. */
  public boolean markReminded(String taskId, Instant now) {
    return jdbc.update("update gov_task_deadline set reminded_at = ? where task_id = ? and reminded_at is null",
        Timestamp.from(now), taskId) == 1;
  }

  /** Marks the escalation done; false when another check did it first. */
  public boolean markEscalated(String taskId, Instant now) {
    return jdbc.update("update gov_task_deadline set escalated_at = ? where task_id = ? and escalated_at is null",
        Timestamp.from(now), taskId) == 1;
  }

  public void delete(String taskId) {
    jdbc.update("delete from gov_task_deadline where task_id = ?", taskId);
  }

  public void recordEvent(TaskEvent event) {
    jdbc.update("insert into gov_task_event (task_id, process_instance_id, process_definition_key, step, task_name,"
            + " kind, audience, due_at, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        event.taskId(), event.processInstanceId(), event.processDefinitionKey(), event.step(), event.taskName(),
        event.kind(), event.audience(), Timestamp.from(event.dueAt()), Timestamp.from(event.occurredAt()));
  }

  /** Every event of the task, oldest first. */
  public List<TaskEvent> events(String taskId) {
    return jdbc.query("select * from gov_task_event where task_id = ? order by id", (rs, n) -> new TaskEvent(
        rs.getLong("id"), rs.getString("task_id"), rs.getString("process_instance_id"),
        rs.getString("process_definition_key"), rs.getString("step"), rs.getString("task_name"), rs.getString("kind"),
        rs.getString("audience"), instant(rs, "due_at"), instant(rs, "occurred_at")), taskId);
  }

  /**
   * Claims the check of this interval: true for exactly one caller among the nodes, which moves the next run to
   * {@code next}; false while another node's claim holds.
   */
  public boolean claimCheck(Instant now, Instant next) {
    return jdbc.update("update gov_deadline_check set next_run = ? where id = 1 and next_run <= ?",
        Timestamp.from(next), Timestamp.from(now)) == 1;
  }

  private TaskDeadline map(ResultSet rs, int row) throws SQLException {
    return new TaskDeadline(rs.getString("task_id"), rs.getString("process_instance_id"),
        rs.getString("process_definition_key"), rs.getString("step"), instant(rs, "due_at"), instant(rs, "remind_at"),
        rs.getString("supervisor"), instant(rs, "reminded_at"), instant(rs, "escalated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
