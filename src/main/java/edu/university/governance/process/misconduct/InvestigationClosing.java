package edu.university.governance.process.misconduct;

import edu.university.governance.process.Decisions;
import edu.university.governance.records.DecisionRepository.Decision;
import edu.university.governance.records.InvestigationRepository;
import edu.university.governance.records.OutcomeRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a D3 instance ends, its investigation closes with the handling and findings of the decision record
 * (CANCELLED when deleted; see also {@link edu.university.governance.process.ProcedureClosing}).
 */
@Component("investigationClosing")
public class InvestigationClosing implements ExecutionListener {

  private final InvestigationRepository investigations;
  private final OutcomeRepository outcomes;
  private final Decisions decisions;

  public InvestigationClosing(InvestigationRepository investigations, OutcomeRepository outcomes, Decisions decisions) {
    this.investigations = investigations;
    this.outcomes = outcomes;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String handling = outcomes.of(execution.getProcessInstanceId()).map(OutcomeRepository.Outcome::outcome)
        .orElse("CANCELLED");
    String findings = decisions.latest(execution, "investigate").map(Decision::comment).orElse(null);
    investigations.close(execution.getProcessInstanceId(), handling, findings);
  }
}
