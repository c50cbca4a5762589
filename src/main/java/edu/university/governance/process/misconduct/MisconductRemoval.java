package edu.university.governance.process.misconduct;

import edu.university.governance.process.Decisions;
import edu.university.governance.records.DecisionRepository.Decision;
import edu.university.governance.records.InvestigationRepository;
import edu.university.governance.records.Roster;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * D3 REMOVED: takes the member of the investigation record (fixed when the report was made) off the roster at
 * once, with the findings of the decision record; the seat is free and the roster row stays as history.
 */
@Component("misconductRemoval")
public class MisconductRemoval implements JavaDelegate {

  private final Roster roster;
  private final InvestigationRepository investigations;
  private final Decisions decisions;

  public MisconductRemoval(Roster roster, InvestigationRepository investigations, Decisions decisions) {
    this.roster = roster;
    this.investigations = investigations;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvestigationRepository.Investigation member = investigations.ofProcessInstance(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("No investigation for " + execution.getProcessInstanceId()));
    String findings = decisions.latest(execution, "investigate").map(Decision::comment).orElse("");
    boolean removed = roster.remove(member.unionId(), member.studentId(),
        "D3 撤销职务（流程 " + execution.getProcessInstanceId() + "）：" + findings);
    // false: the member left the roster meanwhile by another path; the decision stands all the same
    execution.setVariable("removedFromRoster", removed);
  }
}
