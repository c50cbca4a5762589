package edu.university.governance.process.misconduct;

import edu.university.governance.records.Roster;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** D3 REMOVED: takes the member off the roster at once; the seat is free and the roster row stays as history. */
@Component("misconductRemoval")
public class MisconductRemoval implements JavaDelegate {

  private final Roster roster;

  public MisconductRemoval(Roster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean removed = roster.remove((String) execution.getVariable("unionId"), (String) execution.getVariable("studentId"),
        "D3 撤销职务（流程 " + execution.getProcessInstanceId() + "）：" + execution.getVariable("findings"));
    // false: the member left the roster meanwhile by another path; the decision stands all the same
    execution.setVariable("removedFromRoster", removed);
  }
}
