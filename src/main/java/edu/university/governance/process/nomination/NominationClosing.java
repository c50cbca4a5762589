package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.OutcomeRepository;
import java.time.Clock;
import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a nomination process ends, its nomination closes with the outcome the service recorded at the end event
 * (never a process variable); a confirmed candidate is recorded with the year, so that the student congress of
 * that year can elect from the confirmed candidates. An instance deleted before it reached an end closes as
 * CANCELLED (here, or by {@link edu.university.governance.process.ProcedureClosing} when listeners were skipped).
 */
@Component("nominationClosing")
public class NominationClosing implements ExecutionListener {

  private final NominationRepository nominations;
  private final OutcomeRepository outcomes;
  private final Clock clock;

  public NominationClosing(NominationRepository nominations, OutcomeRepository outcomes, Clock clock) {
    this.nominations = nominations;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    OutcomeRepository.Outcome outcome = outcomes.of(execution.getProcessInstanceId())
        .orElse(new OutcomeRepository.Outcome(Nomination.CANCELLED, null));
    Integer year = Nomination.CANDIDATE_CONFIRMED.equals(outcome.outcome()) ? Year.now(clock).getValue() : null;
    nominations.close(execution.getProcessInstanceId(), outcome.outcome(), year, outcome.reason());
  }
}
