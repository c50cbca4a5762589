package edu.university.governance.process;

import edu.university.governance.engine.ProcedureRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends a task that records a remark rather than a decision (D3 escalation, D2 withdrawal and summary): a
 * written "comment" is required. That the task was completed (D2: the union withdrew its report) is in the
 * decision record ({@link Decisions#taken}); a task cancelled by a decision records nothing.
 */
@Component("remarkCheck")
public class RemarkCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object comment = execution.getVariableLocal("comment");
    if (!(comment instanceof String text) || text.isBlank() || text.length() > ReviewDecision.MAX_COMMENT) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：必须填写意见（comment），不超过 "
          + ReviewDecision.MAX_COMMENT + " 个字符");
    }
    execution.setVariable(execution.getCurrentActivityId() + "Comment", text.strip());
  }
}
