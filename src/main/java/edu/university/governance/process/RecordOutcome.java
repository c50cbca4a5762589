package edu.university.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At an end event: sets the process variable "outcome" to the end event's camunda:property "outcome" (CONTRACT.md). */
@Component("recordOutcome")
public class RecordOutcome implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String outcome = ModelProperties.of(execution, "outcome");
    if (outcome == null) {
      throw new IllegalStateException("End event " + execution.getCurrentActivityId() + " has no outcome property");
    }
    execution.getProcessInstance().setVariable("outcome", outcome);
  }
}
