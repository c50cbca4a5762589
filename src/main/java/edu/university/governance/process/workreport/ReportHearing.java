package edu.university.governance.process.workreport;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends a hearing of the work report (O1): the college league's reading of a college union's report and the Party
 * committee's (or college Party organisation's) hearing. The opinion ("comment") is required; the Party's
 * instructions (批示, "instructions", where the form declares them) are optional; each at most 2000 characters.
 * Mirrored as {activityId}Comment and "instructions" for Cockpit and the case file; the decision record keeps both.
 */
@Component("reportHearing")
public class ReportHearing implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object comment = execution.getVariableLocal("comment");
    Object instructions = execution.getVariableLocal("instructions");
    String task = execution.getCurrentActivityName();
    if (!(comment instanceof String text) || text.isBlank() || text.length() > ReviewDecision.MAX_COMMENT) {
      throw new ProcedureRefusal("“" + task + "”：必须填写意见（comment），不超过 " + ReviewDecision.MAX_COMMENT + " 个字符");
    }
    if (instructions != null && (!(instructions instanceof String given) || given.length() > ReviewDecision.MAX_COMMENT)) {
      throw new ProcedureRefusal("“" + task + "”：批示（instructions）应为不超过 " + ReviewDecision.MAX_COMMENT + " 个字符的文字");
    }
    execution.setVariable(execution.getCurrentActivityId() + "Comment", text.strip());
    if (instructions instanceof String given && !given.isBlank()) {
      execution.getProcessInstance().setVariable("instructions", given.strip());
    }
  }
}
