package edu.university.governance.process.nomination;

import edu.university.governance.process.ModelProperties;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the end of one P2 nominee's review: closes that nominee's nomination with the end event's
 * "outcome" property and the nominee's own reason. The batch goes on for the others.
 */
@Component("nomineeOutcome")
public class NomineeOutcome implements ExecutionListener {

  private final NominationRepository nominations;

  public NomineeOutcome(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    String outcome = ModelProperties.of(execution, "outcome");
    Object reason = execution.getVariable("rejectionReason");
    nominations.closeNominee(execution.getProcessInstanceId(), nomination.studentId(), outcome,
        reason == null ? null : reason.toString());
  }
}
