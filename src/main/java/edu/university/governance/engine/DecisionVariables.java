package edu.university.governance.engine;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The process variables that carry a decision or an outcome, read-only for everyone once written, administrators
 * included: the decision record (gov_decision) and the outcome record decide, and these variables only mirror them
 * for Cockpit and the later forms. The one list of them, derived from the deployed models: every input a user
 * task's Camunda Form declares (approved, comment, handling, findings, ratings, ...), the mirrors
 * {activityId}Approved and {activityId}Comment of every user task ({@code process/ReviewDecision}), and the
 * outcome variables. {@link CallerGuard} refuses their writes; Cockpit's variable table hides their edit buttons
 * (cockpit/scripts/decision-variables.js, fed by {@code api/DecisionVariablesController}).
 */
@Component
public class DecisionVariables {

  /** The mirror of a review task's approved, as {activityId}Approved. */
  public static final String APPROVED_MIRROR = "Approved";
  /** The mirror of a review task's comment, as {activityId}Comment. */
  public static final String COMMENT_MIRROR = "Comment";
  /** Set by the service at the end of a procedure (CONTRACT.md): the outcome record decides. */
  static final Set<String> OUTCOMES = Set.of("outcome", "rejectionReason", "nomineeOutcomes");

  private final DeclaredForms forms;
  /** Per process definition: deployments never change. */
  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  public DecisionVariables(DeclaredForms forms) {
    this.forms = forms;
  }

  /** Whether a variable of that name carries a decision or an outcome. */
  public boolean isDecision(CommandContext context, String name) {
    return names(context).contains(name);
  }

  /** Every decision variable of every deployed process definition, sorted. */
  public SortedSet<String> names(CommandContext context) {
    SortedSet<String> names = new TreeSet<>(OUTCOMES);
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    for (ProcessDefinition found : context.runWithoutAuthorization(() -> context.getProcessDefinitionManager()
        .findProcessDefinitionsByQueryCriteria(new ProcessDefinitionQueryImpl(), null))) {
      names.addAll(byDefinition.computeIfAbsent(found.getId(),
          id -> of(context, cache.findDeployedProcessDefinitionById(id))));
    }
    return names;
  }

  /** The same list outside a command (a web request). */
  public SortedSet<String> names(ProcessEngineConfigurationImpl configuration) {
    return configuration.getCommandExecutorTxRequired().execute(this::names);
  }

  private Set<String> of(CommandContext context, ProcessDefinitionEntity definition) {
    Set<String> names = new TreeSet<>();
    forms.ofTasks(context, definition).forEach((taskId, form) -> {
      names.addAll(form.inputs().keySet());
      names.add(taskId + APPROVED_MIRROR);
      names.add(taskId + COMMENT_MIRROR);
    });
    return Set.copyOf(names);
  }
}
