package edu.university.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At an end event: sets the process variable "outcome" (CONTRACT.md) to the end event's camunda:property
 * "outcome", or to the value of the variable its property "outcomeVariable" names (D3: the handling decided).
 */
@Component("recordOutcome")
public class RecordOutcome implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String variable = ModelProperties.of(execution, "outcomeVariable");
    String outcome = variable == null ? ModelProperties.of(execution, "outcome") : (String) execution.getVariable(variable);
    if (outcome == null) {
      throw new IllegalStateException("End event " + execution.getCurrentActivityId() + " has no outcome");
    }
    execution.getProcessInstance().setVariable("outcome", outcome);
  }
}
