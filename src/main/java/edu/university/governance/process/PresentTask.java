package edu.university.governance.process;

import edu.university.governance.records.Procedures;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Presents a new task from the service's records (never from a variable): the approval record its form shows
 * (task-local "approvalRecord", {@link ApprovalRecord}), the link to the procedure's case file, and a name after its step and its subject:
 * "学院党组织审核同意（P1.2）· 2023002 李娜 · 计算机学院". Inside a multi-instance scope (a P2 nominee, an R2
 * reviewee) the subject is the scope's own student. The description repeats the subject with the union, so that
 * Tasklist's search by name or 学号 finds the task.
 */
@Component("presentTask")
public class PresentTask implements TaskListener {

  /** The task-local display field of the decision forms (forms/*: "审批记录"), filled from the decision record. */
  static final String APPROVAL_RECORD = "approvalRecord";

  /**
   * The task-local link every task form shows (forms/*: "打开流程档案"): the case-file page of the procedure
   * (api/CaseFilePages), which the webapps' login opens.
   */
  static final String CASE_FILE_LINK = "caseFileLink";

  private final Procedures procedures;
  private final ApprovalRecord approvals;

  public PresentTask(Procedures procedures, ApprovalRecord approvals) {
    this.procedures = procedures;
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> subject = procedures.subject(task.getProcessInstanceId());
    ModelElementInstance step = task.getBpmnModelElementInstance();
    String member = Decisions.subject(task.getExecution(), step);
    task.setVariableLocal(APPROVAL_RECORD, approvals.of(task.getProcessInstanceId(), member));
    task.setVariableLocal(CASE_FILE_LINK, "/case-files/" + task.getProcessInstanceId());
    if (member != null) {
      procedures.studentName(member).ifPresent(name -> {
        subject.put("studentId", member);
        subject.put("name", name);
      });
    }
    String line = Procedures.subjectLine(subject);
    if (!line.isEmpty()) {
      String stepName = step.getAttributeValue("name");
      task.setName((stepName == null ? task.getName() : stepName) + " · " + line);
      Object unionName = subject.get("unionName");
      task.setDescription(line + (unionName == null ? "" : " · " + unionName));
    }
  }
}
