package edu.university.governance.process.workreport;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.records.WorkReportRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends the presidium's "提交工作汇报（O1）": the work done and the plans are required, the matters for decision
 * optional, each at most 4000 characters (checked here, whatever the form said). The submission is recorded, and the
 * report mirrored on the instance for the hearing forms (the decision record keeps it as the task's inputs).
 */
@Component("reportSubmission")
public class ReportSubmission implements ExecutionListener {

  static final int MAX_TEXT = 4000;
  /** The report's parts as the form declares them, with what staff call them; the last may be left empty. */
  static final Map<String, String> PARTS = parts();

  private final WorkReportRepository reports;

  public ReportSubmission(WorkReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> report = new LinkedHashMap<>();
    PARTS.forEach((name, label) -> {
      Object value = execution.getVariableLocal(name);
      String text = value instanceof String s ? s.strip() : "";
      boolean optional = name.equals("mattersForDecision");
      if ((value != null && !(value instanceof String)) || (text.isEmpty() && !optional) || text.length() > MAX_TEXT) {
        problems.add(label + "（" + name + "）");
      }
      report.put(name, text.isEmpty() ? "（无）" : text);
    });
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：请填写" + String.join("、", problems)
          + "，每项不超过 " + MAX_TEXT + " 个字符");
    }
    reports.submitted(execution.getProcessInstanceId());
    report.forEach(execution.getProcessInstance()::setVariable);
  }

  private static Map<String, String> parts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("workDone", "本学期工作情况");
    parts.put("workPlans", "下阶段工作计划");
    parts.put("mattersForDecision", "提请研究决定的事项");
    return java.util.Collections.unmodifiableMap(parts);
  }
}
