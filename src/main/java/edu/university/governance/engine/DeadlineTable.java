package edu.university.governance.engine;

import edu.university.governance.rules.DuePeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The due date, reminder and supervising office of each step (issue 14), from the latest deployed version of the
 * decision table "task-deadlines" (bpmn/task-deadlines.dmn); before any deployment (process tests), from the file on
 * the classpath. Like {@link QuotaTable}, evaluated by a DMN engine of its own (no decision history per task), and
 * each version's answer per step kept until a newer version is deployed. Callers run inside an engine command.
 */
@Component
public class DeadlineTable {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineTable.class);

  public static final String DECISION_KEY = "task-deadlines";
  static final String CLASSPATH_TABLE = "bpmn/task-deadlines.dmn";
  /** "dueIn" of a step that takes no due date from the table (D3's investigation keeps the model's own). */
  public static final String NO_DUE_DATE = "-";

  /** One row: the period (null: no due date), how long before it to remind (null: no reminder), who supervises. */
  public record Deadline(DuePeriod period, Duration remindBefore, String supervisor) {
  }

  private record Version(String id, DmnDecision decision, Map<String, Optional<Deadline>> rows) {
  }

  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private volatile Version version;

  /** The row of that step, or empty when the table has none (a step nobody entered). */
  public Optional<Deadline> of(RepositoryService repository, String processKey, String taskKey) {
    // the user completing the previous step may not read decision tables: the table is the service's, not theirs
    CommandContext context = Context.getCommandContext();
    Version current = context == null ? current(repository) : context.runWithoutAuthorization(() -> current(repository));
    return current.rows().computeIfAbsent(processKey + "\n" + taskKey, key -> evaluate(current.decision(), processKey, taskKey));
  }

  private Optional<Deadline> evaluate(DmnDecision decision, String processKey, String taskKey) {
    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("processKey", processKey)
            .putValue("taskKey", taskKey)).getFirstResult();
    if (row == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(deadline(row));
    } catch (RuntimeException e) {
      // a mistyped row must not stop the procedures: the step gets no due date, and the log says which row
      LOG.error("Row {}/{} of {} is unreadable, the task gets no due date: {}", processKey, taskKey, DECISION_KEY,
          e.getMessage());
      return Optional.empty();
    }
  }

  private static Deadline deadline(DmnDecisionRuleResult row) {
    String due = (String) row.get("dueIn");
    String remind = (String) row.get("remindBefore");
    String supervisor = (String) row.get("supervisor");
    return new Deadline(due == null || due.isBlank() || NO_DUE_DATE.equals(due.trim()) ? null : DuePeriod.parse(due),
        remind == null || remind.isBlank() ? null : Duration.parse(remind.trim()),
        supervisor == null || supervisor.isBlank() ? null : supervisor.trim());
  }

  private Version current(RepositoryService repository) {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
        .latestVersion().singleResult();
    String id = definition == null ? "classpath:" + CLASSPATH_TABLE : definition.getId();
    Version current = version;
    if (current != null && current.id().equals(id)) {
      return current;
    }
    try (InputStream model = definition == null
        ? DeadlineTable.class.getClassLoader().getResourceAsStream(CLASSPATH_TABLE)
        : repository.getDecisionModel(definition.getId())) {
      if (model == null) {
        throw new IllegalStateException("The decision table " + DECISION_KEY + " is neither deployed nor on the classpath");
      }
      current = new Version(id, dmn.parseDecision(DECISION_KEY, model), new ConcurrentHashMap<>());
      version = current;
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
