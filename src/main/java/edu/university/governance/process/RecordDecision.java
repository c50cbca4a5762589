package edu.university.governance.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.university.governance.engine.DeclaredForms;
import edu.university.governance.engine.FormDeclaration;
import edu.university.governance.records.DecisionRepository;
import edu.university.governance.records.DecisionRepository.Decision;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Records the decision of a completed user task (CONTRACT.md "Decisions in user tasks"): the step, the office
 * (the task's candidate group the person acts for), the person, the time, and what the task's form declares as
 * its inputs: "approved", the D3 "handling", the "comment" (or D3's "findings"), and every other input as JSON
 * details (R2's ratings, C2's delegates, …). Taken when the task completes (the submitted variables are set, the
 * task's groups known), written when its activity ends after the model's own end listeners checked it: a refused
 * completion records nothing, and a task cancelled by another step's decision has no decision to record.
 */
@Component("recordDecision")
public class RecordDecision implements TaskListener, ExecutionListener {

  /** The decision taken at completion, kept on the task's execution (never stored) until the activity ends. */
  static final String TAKEN = "governance.decisionTaken";

  private static final Set<String> COLUMNS = Set.of("approved", "handling", "comment", "findings");
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final DecisionRepository decisions;
  private final DeclaredForms forms;

  public RecordDecision(DecisionRepository decisions, DeclaredForms forms) {
    this.decisions = decisions;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    FormDeclaration form = forms.ofTask(task);
    ObjectNode details = JSON.createObjectNode();
    for (String input : form.inputs().keySet()) {
      Object value = task.getVariable(input);
      if (!COLUMNS.contains(input) && value != null) {
        // a date (REST's type Date) as ISO-8601 in the service's zone, which the service reads back (D1)
        details.put(input, value instanceof Date date
            ? date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString() : String.valueOf(value));
      }
    }
    Object approved = form.inputs().containsKey("approved") ? task.getVariable("approved") : null;
    Object handling = form.inputs().containsKey("handling") ? task.getVariable("handling") : null;
    Object comment = form.inputs().containsKey("findings") ? task.getVariable("findings")
        : form.inputs().containsKey("comment") ? task.getVariable("comment") : null;
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ModelElementInstance step = task.getBpmnModelElementInstance();
    Decision taken = new Decision(task.getId(), task.getProcessInstanceId(), ModelProperties.processKey(step),
        task.getTaskDefinitionKey(), stepName(task, step), Decisions.subject(task.getExecution(), step), office(task, user),
        user == null ? null : user.getUserId(), null, approved instanceof Boolean b ? b : null,
        handling instanceof String h ? h : null, comment instanceof String c ? c.strip() : null,
        details.isEmpty() ? null : details.toString());
    try {
      // a transient variable: never stored, gone with the command
      task.getExecution().setVariableLocal(TAKEN, Variables.stringValue(JSON.writeValueAsString(taken), true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot keep the decision of task " + task.getId(), e);
    }
  }

  /** The activity ends: a decision taken and not refused by the model's listeners is recorded, once. */
  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariableLocal(TAKEN) instanceof String taken) {
      try {
        decisions.record(JSON.readValue(taken, Decision.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot read the decision taken in " + execution.getActivityInstanceId(), e);
      }
      execution.removeVariableLocal(TAKEN);
    }
  }

  /** The step as the model names it (the task's own name also carries its subject, {@link PresentTask}). */
  private static String stepName(DelegateTask task, ModelElementInstance step) {
    String name = step.getAttributeValue("name");
    return name == null ? task.getName() : name;
  }

  /** The candidate group the person acts for; without a person (the engine, tests) the task's first group. */
  private static String office(DelegateTask task, Authentication user) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    if (user != null && user.getGroupIds() != null) {
      for (String group : groups) {
        if (user.getGroupIds().contains(group)) {
          return group;
        }
      }
    }
    return groups.isEmpty() ? null : groups.get(0);
  }
}
