package edu.university.governance.process;

import edu.university.governance.records.OutcomeRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At an end event: sets the process variable "outcome" (CONTRACT.md), a mirror for Cockpit and REST callers, to
 * the end event's camunda:property "outcome", or to the handling recorded for the step its property
 * "outcomeHandledBy" names (D3: the handling decided); and records it with the rejection reason as the service's
 * own outcome record, which the nomination and investigation records close with, never the variable.
 */
@Component("recordOutcome")
public class RecordOutcome implements ExecutionListener {

  private final Decisions decisions;
  private final OutcomeRepository outcomes;

  public RecordOutcome(Decisions decisions, OutcomeRepository outcomes) {
    this.decisions = decisions;
    this.outcomes = outcomes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String outcome = of(execution);
    Object reason = execution.getVariable("rejectionReason");
    outcomes.record(execution.getProcessInstanceId(), ModelProperties.processKey(execution.getBpmnModelElementInstance()), outcome,
        reason == null ? null : reason.toString());
    execution.getProcessInstance().setVariable("outcome", outcome);
  }

  /** The outcome of the end event the execution is at. */
  String of(DelegateExecution execution) {
    String step = ModelProperties.of(execution, "outcomeHandledBy");
    String outcome = step == null ? ModelProperties.of(execution, "outcome") : decisions.handling(execution, step);
    if (outcome == null) {
      throw new IllegalStateException("End event " + execution.getCurrentActivityId() + " has no outcome");
    }
    return outcome;
  }
}
