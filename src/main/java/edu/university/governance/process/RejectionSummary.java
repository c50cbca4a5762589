package edu.university.governance.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * P4: a rejection ends the nomination with the reason recorded. Gathers the quota breach that led to an
 * exception request, if any, then every reviewer's refusal in the order of the model, so that joint
 * reviewers who all refused are all named.
 */
@Component("rejectionSummary")
public class RejectionSummary implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> reasons = new ArrayList<>();
    Object quotaReason = execution.getVariable("quotaReason");
    if (quotaReason != null) {
      reasons.add(quotaReason.toString());
    }
    for (UserTask task : execution.getBpmnModelInstance().getModelElementsByType(UserTask.class)) {
      Object rejection = execution.getVariable(task.getId() + "Rejection");
      if (rejection != null) {
        reasons.add(rejection.toString());
      }
    }
    execution.setVariable("rejectionReason", reasons.isEmpty() ? "P4：审核未通过" : String.join("；", reasons));
  }
}
