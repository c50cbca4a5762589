package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import java.time.Clock;
import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a nomination process ends, its nomination closes with the outcome; a confirmed candidate is
 * recorded with the year, so that the student congress of that year can elect from the confirmed
 * candidates. An instance deleted before it reached an end closes as CANCELLED.
 */
@Component("nominationClosing")
public class NominationClosing implements ExecutionListener {

  private final NominationRepository nominations;
  private final Clock clock;

  public NominationClosing(NominationRepository nominations, Clock clock) {
    this.nominations = nominations;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object outcome = execution.getVariable("outcome");
    String status = outcome == null ? Nomination.CANCELLED : outcome.toString();
    Integer year = Nomination.CANDIDATE_CONFIRMED.equals(status) ? Year.now(clock).getValue() : null;
    Object reason = execution.getVariable("rejectionReason");
    nominations.close(execution.getProcessInstanceId(), status, year, reason == null ? null : reason.toString());
  }
}
