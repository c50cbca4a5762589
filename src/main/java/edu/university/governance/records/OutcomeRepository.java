package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outcome each procedure ended in, as its end event gives it; none for an instance deleted before an end. */
@Repository
public class OutcomeRepository {

  /** An outcome and its reason (the rule and figures of a rejection, or null). */
  public record Outcome(String outcome, String reason) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public OutcomeRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String processInstanceId, String processDefinitionKey, String outcome, String reason) {
    jdbc.update("insert into gov_outcome (process_instance_id, process_definition_key, outcome, reason, ended_at)"
        + " values (?, ?, ?, ?, ?)", processInstanceId, processDefinitionKey, outcome, reason,
        Timestamp.from(Instant.now(clock)));
  }

  public Optional<Outcome> of(String processInstanceId) {
    return jdbc.query("select outcome, reason from gov_outcome where process_instance_id = ?",
        (row, i) -> new Outcome(row.getString("outcome"), row.getString("reason")), processInstanceId).stream().findFirst();
  }
}
