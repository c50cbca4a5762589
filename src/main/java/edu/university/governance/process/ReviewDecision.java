package edu.university.governance.process;

import edu.university.governance.engine.DecisionVariables;
import edu.university.governance.engine.DeclaredForms;
import edu.university.governance.engine.FormDeclaration;
import edu.university.governance.engine.ProcedureRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends every review or decision task (CONTRACT.md "Decisions in user tasks"). The task's own scope
 * holds "approved" and "comment" (input mapping), so parallel reviewers never write the same
 * variable; this listener checks them (approved a Boolean, chosen in the form's radio 同意 true / 不同意 false,
 * which has no default; comment required when not approved,
 * or always, where the task's camunda:property commentRequired is "always"), and mirrors them for Cockpit and
 * the later forms as {taskId}Approved and {taskId}Comment. Gateways decide on the decision record
 * ({@link Decisions}), never on these variables. An invalid decision refuses the completion and the task stays open. It runs at the
 * activity's end, not as a task listener, because the engine wraps task listener exceptions into a 500.
 */
@Component("reviewDecision")
public class ReviewDecision implements ExecutionListener {

  public static final int MAX_COMMENT = 2000;

  private final DeclaredForms forms;

  public ReviewDecision(DeclaredForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object approved = execution.getVariableLocal("approved");
    Object comment = execution.getVariableLocal("comment");
    String task = execution.getCurrentActivityName();
    FormDeclaration.Input choice = forms.ofActivity(execution).inputs().get("approved");
    if (approved == null) {
      throw new ProcedureRefusal(noChoice(task, choice, "approved"));
    }
    if (!(approved instanceof Boolean)) {
      throw new ProcedureRefusal(noChoice(task, choice, "approved") + "，即布尔值 true 或 false，实际为 "
          + approved.getClass().getSimpleName() + " " + approved);
    }
    if (comment != null && !(comment instanceof String)) {
      throw new ProcedureRefusal("“" + task + "”：comment（意见）应为字符串");
    }
    String text = comment == null ? "" : ((String) comment).strip();
    if (!(Boolean) approved && text.isEmpty()) {
      // in the form's own words: 不同意, or 不批准 where the step approves
      String refusal = choice == null ? null : choice.optionLabel(false);
      throw new ProcedureRefusal("“" + task + "”：" + (refusal == null ? "不同意" : refusal) + "时必须填写意见（comment）");
    }
    if (text.isEmpty() && "always".equals(ModelProperties.of(execution, "commentRequired"))) {
      throw new ProcedureRefusal("“" + task + "”：必须写明理由（comment）");
    }
    if (text.length() > MAX_COMMENT) {
      throw new ProcedureRefusal("“" + task + "”：意见不能超过 " + MAX_COMMENT + " 个字符");
    }
    // setVariable writes where the variable is declared: a P2 nominee's subprocess declares its own
    // mirrors, so that nominees never share them; elsewhere they land on the process instance
    String key = execution.getCurrentActivityId();
    execution.setVariable(key + DecisionVariables.APPROVED_MIRROR, approved);
    execution.setVariable(key + DecisionVariables.COMMENT_MIRROR, text);
  }

  /**
   * The refusal of a decision left unchosen, naming the options as the form shows them:
   * "“学院党组织审核同意（P1.2）”：请选择“同意”或“不同意”（approved）".
   */
  public static String noChoice(String task, FormDeclaration.Input input, String variable) {
    String yes = input == null ? null : input.optionLabel(true);
    String no = input == null ? null : input.optionLabel(false);
    return "“" + task + "”：请选择“" + (yes == null ? "同意" : yes) + "”或“" + (no == null ? "不同意" : no) + "”（"
        + variable + "）";
  }
}
