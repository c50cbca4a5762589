package edu.university.governance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issue 14: the notification outbox (gov_notification, V11). Rows are added in the transaction of the engine's change
 * they tell of ({@link #enqueue}, once per dedupe key) and sent after commit: a sender claims a row with a conditional
 * update that moves its next attempt forward ({@link #claim}), so that of several nodes exactly one sends it, and then
 * marks it sent or schedules the next attempt. Also the title each task was given when it was created
 * (gov_notification_task), for its reminder and escalation.
 */
@Repository
public class NotificationRepository {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
  public static final String MAIL = "MAIL";
  public static final String WEBHOOK = "WEBHOOK";

  /** One message to write: recipient is an e-mail address (MAIL) or a group id whose webhook is configured (WEBHOOK). */
  public record Message(String dedupeKey, String kind, String channel, String recipient, String audience,
                        String processInstanceId, String taskId, String subject, String body) {
  }

  /** A row of the outbox. */
  public record Notification(long id, String dedupeKey, String kind, String channel, String recipient, String audience,
                             String processInstanceId, String taskId, String subject, String body, String status,
                             int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
  }

  /**
   * What waits: rows still to be sent, of them those that failed at least once, rows given up, and the failed
   * attempts of all rows (never decreases).
   */
  public record Backlog(long pending, long retrying, long failed, long failures) {
  }

  private final JdbcTemplate jdbc;

  public NotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the message unless one with its dedupe key exists; true when it was added. */
  public boolean enqueue(Message message, Instant now) {
    Timestamp at = Timestamp.from(now);
    return jdbc.update("insert into gov_notification (dedupe_key, kind, channel, recipient, audience,"
            + " process_instance_id, task_id, subject, body, status, attempts, next_attempt_at, created_at)"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ? from (values (1)) as one (x)"
            + " where not exists (select 1 from gov_notification where dedupe_key = ?)",
        message.dedupeKey(), message.kind(), message.channel(), message.recipient(), message.audience(),
        message.processInstanceId(), message.taskId(), message.subject(), message.body(), PENDING, at, at,
        message.dedupeKey()) == 1;
  }

  /** Pending rows whose next attempt has come, oldest first. */
  public List<Notification> due(Instant now, String channel, int limit) {
    return jdbc.query("select * from gov_notification where status = ? and next_attempt_at <= ? and channel = ?"
        + " order by id fetch first " + limit + " rows only", this::map, PENDING, Timestamp.from(now), channel);
  }

  /**
   * Claims a due row for one attempt: true for exactly one caller among the nodes, which then has it until
   * {@code leaseUntil} (a node that dies while sending leaves it to be tried again then).
   */
  public boolean claim(long id, String claim, Instant now, Instant leaseUntil) {
    return jdbc.update("update gov_notification set claim = ?, next_attempt_at = ?, attempts = attempts + 1"
        + " where id = ? and status = ? and next_attempt_at <= ?", claim, Timestamp.from(leaseUntil), id, PENDING,
        Timestamp.from(now)) == 1;
  }

  public void markSent(long id, String claim, Instant now) {
    jdbc.update("update gov_notification set status = ?, sent_at = ?, last_error = null where id = ? and claim = ?",
        SENT, Timestamp.from(now), id, claim);
  }

  /** After a failed attempt: tried again at {@code next}, or given up (FAILED) when next is null. */
  public void markFailed(long id, String claim, Instant next, String error) {
    String message = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    int marked = next == null
        ? jdbc.update("update gov_notification set status = ?, last_error = ?, failures = failures + 1 where id = ? and claim = ?",
            FAILED, message, id, claim)
        : jdbc.update("update gov_notification set next_attempt_at = ?, last_error = ?, failures = failures + 1 where id = ? and claim = ?",
            Timestamp.from(next), message, id, claim);
    if (marked == 1) {
      jdbc.update("update gov_notification_counter set failures = failures + 1 where id = 1");
    }
  }

  /** Removes the rows sent before that instant (governance.notify.keep-sent); the number removed. */
  public int removeSentBefore(Instant before) {
    return jdbc.update("delete from gov_notification where status = ? and sent_at < ?", SENT, Timestamp.from(before));
  }

  /** The backlog, for the metrics: two indexed reads (the unsent rows by status, and the counter's one row). */
  public Backlog backlog() {
    long[] unsent = new long[3];
    jdbc.query("select status, count(*), sum(case when failures > 0 then 1 else 0 end) from gov_notification"
        + " where status in (?, ?) group by status", rs -> {
          if (PENDING.equals(rs.getString(1))) {
            unsent[0] = rs.getLong(2);
            unsent[1] = rs.getLong(3);
          } else {
            unsent[2] = rs.getLong(2);
          }
        }, PENDING, FAILED);
    Long failures = jdbc.queryForObject("select failures from gov_notification_counter where id = 1", Long.class);
    return new Backlog(unsent[0], unsent[1], unsent[2], failures == null ? 0 : failures);
  }

  /** Every row about the task or procedure, oldest first. */
  public List<Notification> about(String processInstanceId) {
    return jdbc.query("select * from gov_notification where process_instance_id = ? order by id", this::map,
        processInstanceId);
  }

  /** Records the title and the candidate groups the task was given when it was created (once). */
  public void rememberTask(String taskId, String processInstanceId, String title, Collection<String> groups) {
    jdbc.update("insert into gov_notification_task (task_id, process_instance_id, title, candidate_groups)"
            + " select ?, ?, ?, ? from (values (1)) as one (x)"
            + " where not exists (select 1 from gov_notification_task where task_id = ?)",
        taskId, processInstanceId, title, String.join(",", groups), taskId);
  }

  /** The candidate groups the task had when it was created. */
  public List<String> candidateGroups(String taskId) {
    return jdbc.queryForList("select candidate_groups from gov_notification_task where task_id = ?", String.class,
        taskId).stream().filter(value -> value != null && !value.isEmpty())
        .flatMap(value -> Arrays.stream(value.split(","))).toList();
  }

  public Optional<String> taskTitle(String taskId) {
    return jdbc.queryForList("select title from gov_notification_task where task_id = ?", String.class, taskId)
        .stream().findFirst();
  }

  private Notification map(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Notification(rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("kind"),
        rs.getString("channel"), rs.getString("recipient"), rs.getString("audience"),
        rs.getString("process_instance_id"), rs.getString("task_id"), rs.getString("subject"), rs.getString("body"),
        rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
        rs.getString("last_error"), sent == null ? null : sent.toInstant());
  }
}
