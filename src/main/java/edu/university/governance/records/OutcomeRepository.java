package edu.university.governance.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outcome each procedure ended in, as its end event gives it; none for an instance deleted before an end. */
@Repository
public class OutcomeRepository {

  /** The outcomes of CONTRACT.md in the words staff use (case files, notifications). */
  public static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("CANDIDATE_CONFIRMED", "确定为候选人"), Map.entry("APPOINTED", "已任命"), Map.entry("REJECTED", "未获同意"),
      Map.entry("INELIGIBLE", "不符合资格"), Map.entry("QUOTA_EXCEEDED", "超出名额"), Map.entry("COMPLETED", "已完成"),
      Map.entry("APPROVED", "已同意"), Map.entry("WITHDRAWN", "已撤回"), Map.entry("UNFOUNDED", "举报不实"),
      Map.entry("CRITICISM", "批评教育"), Map.entry("WARNING", "警告"), Map.entry("REMOVED", "撤销职务"),
      Map.entry("RESULTS_FILED", "选举结果已报备"), Map.entry("ROTATED", "已轮值"), Map.entry("HEARD", "已听取汇报"),
      Map.entry("PLANNED", "已答复计划召开日期"), Map.entry("CONGRESS_FILED", "本年度大会已报备"));

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
