package edu.university.governance.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.records.DecisionRepository;
import edu.university.governance.records.DecisionRepository.Decision;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What gateways and delegates decide on: the decision record, written by the service alone
 * ({@link RecordDecision}), never a process variable. In a model: {@code ${decisions.approved(execution,
 * 'partyCommitteeDecision')}}. Inside a multi-instance scope (a P2 nominee, an R2 reviewee, a C2 college) a step's
 * decision is that of the scope's own subject, its element variable.
 */
@Component("decisions")
public class Decisions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DecisionRepository records;

  public Decisions(DecisionRepository records) {
    this.records = records;
  }

  /** Whether the step's latest decision approved. */
  public boolean approved(DelegateExecution execution, String step) {
    return latest(execution, step).map(d -> Boolean.TRUE.equals(d.approved())).orElse(false);
  }

  /** Whether every one of the steps (comma-separated: the P1.3 joint review) approved. */
  public boolean allApproved(DelegateExecution execution, String steps) {
    return Arrays.stream(steps.split(",")).map(String::strip).allMatch(step -> approved(execution, step));
  }

  /** Whether the step was completed at all (D2: the union withdrew its report). */
  public boolean taken(DelegateExecution execution, String step) {
    return latest(execution, step).isPresent();
  }

  /** The handling the step decided (D3), or null. */
  public String handling(DelegateExecution execution, String step) {
    return latest(execution, step).map(Decision::handling).orElse(null);
  }

  /**
   * A further input of the step's latest decision as the service recorded it (its details, {@link RecordDecision}):
   * D1's conventionSignedAt. Empty when the step was not decided or the input not given.
   */
  public Optional<String> detail(DelegateExecution execution, String step, String input) {
    return latest(execution, step).map(Decision::details).map(details -> {
      try {
        JsonNode value = JSON.readTree(details).get(input);
        return value == null || value.isNull() ? null : value.asText();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unreadable details of step " + step + " in " + execution.getProcessInstanceId(), e);
      }
    });
  }

  public Optional<Decision> latest(DelegateExecution execution, String step) {
    ModelElementInstance element = execution.getBpmnModelInstance().getModelElementById(step);
    if (element == null) {
      throw new IllegalArgumentException("No step " + step + " in " + execution.getProcessDefinitionId());
    }
    return records.latest(execution.getProcessInstanceId(), step, subject(execution, element));
  }

  /**
   * The subject of a step's decision: the element variable of the nearest multi-instance activity around it (the
   * engine sets it from the service's own list), or null for the procedure's own steps.
   */
  static String subject(VariableScope scope, ModelElementInstance step) {
    for (ModelElementInstance element = step; element != null && !(element instanceof Process);
         element = element.getParentElement()) {
      if (element instanceof Activity activity
          && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
          && loop.getCamundaElementVariable() != null) {
        Object subject = scope.getVariable(loop.getCamundaElementVariable());
        return subject == null ? null : subject.toString();
      }
    }
    return null;
  }
}
