package edu.university.governance.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import edu.university.governance.records.DecisionRepository.Decision;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * P4: a rejection ends the nomination with the reason recorded. Gathers the quota breach that led to an
 * exception request, if any, then every refusal in the decision record in the order of the model, so that joint
 * reviewers who all refused are all named: "学生工作部（处）审核（P1.3）不同意：材料不全".
 */
@Component("rejectionSummary")
public class RejectionSummary implements JavaDelegate {

  private final Decisions decisions;

  public RejectionSummary(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> reasons = new ArrayList<>();
    Object quotaReason = execution.getVariable("quotaReason");
    if (quotaReason != null) {
      reasons.add(quotaReason.toString());
    }
    for (UserTask task : execution.getBpmnModelInstance().getModelElementsByType(UserTask.class)) {
      decisions.latest(execution, task.getId()).filter(d -> Boolean.FALSE.equals(d.approved()))
          .ifPresent(refusal -> reasons.add(reason(task, refusal)));
    }
    execution.setVariable("rejectionReason", reasons.isEmpty() ? "P4：审核未通过" : String.join("；", reasons));
  }

  private static String reason(UserTask task, Decision refusal) {
    String rule = ModelProperties.property(task, "rule");
    return task.getName().replaceAll("（[^（]*）$", "") + (rule == null ? "" : "（" + rule + "）") + "不同意："
        + refusal.comment();
  }
}
