package edu.university.governance.process.review;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.Facts;
import edu.university.governance.process.ReviewDecision;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.Reviews;
import edu.university.governance.records.StudentRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R1–R2 glue: the reviewees of an instance (the multi-instance collection), one reviewee's details for
 * the forms, and the two completions: the work report (述职, required) and the board's five ratings
 * (each a whole number from 1 to 5, R2), both written to the records.
 */
@Component("reviewBatch")
public class ReviewBatch implements JavaDelegate {

  private final Reviews reviews;
  private final StudentRepository students;
  private final RosterRepository roster;
  private final Facts facts;

  public ReviewBatch(Reviews reviews, StudentRepository students, RosterRepository roster, Facts facts) {
    this.reviews = reviews;
    this.students = students;
    this.roster = roster;
    this.facts = facts;
  }

  public List<String> revieweeIds(DelegateExecution execution) {
    return reviews.revieweeIds(execution.getProcessInstanceId());
  }

  /** Loads the reviewee's name and post into their own subprocess instance. */
  @Override
  public void execute(DelegateExecution execution) {
    String studentId = (String) execution.getVariable("revieweeId");
    execution.setVariable("memberName", students.find(studentId).map(s -> s.name()).orElse(studentId));
    execution.setVariable("memberPost", roster.current(facts.of(execution, "unionId")).stream()
        .filter(e -> e.studentId().equals(studentId)).findFirst()
        .map(e -> e.postName() + (e.departmentName() == null ? "" : "（" + e.departmentName() + "）")).orElse("—"));
  }

  /** Ends the work report task. */
  public ExecutionListener workReport() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object report = execution.getVariable("workReport");
      if (!(report instanceof String text) || text.isBlank() || text.length() > 4000) {
        throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：必须填写述职报告（workReport），不超过 4000 字");
      }
      reviews.report(execution.getProcessInstanceId(), (String) execution.getVariable("revieweeId"), text.strip());
    };
  }

  /** Ends the rating task. */
  public ExecutionListener rating() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      List<Integer> ratings = new java.util.ArrayList<>();
      for (var aspect : edu.university.governance.rules.ReviewAspect.values()) {
        Integer value = score(execution.getVariable(aspect.variable()));
        if (value == null) {
          throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：" + aspect.variable() + "（"
              + aspect.label() + "）应为 1 到 5 的整数（5 优秀、4 良好、3 合格、2 基本合格、1 不合格）");
        }
        ratings.add(value);
      }
      Object comment = execution.getVariable("comment");
      if (comment != null && (!(comment instanceof String text) || text.length() > ReviewDecision.MAX_COMMENT)) {
        throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：comment（评语）应为不超过 2000 字的文字");
      }
      reviews.rate(execution.getProcessInstanceId(), (String) execution.getVariable("revieweeId"), ratings,
          comment == null ? null : comment.toString().strip());
    };
  }

  /** A rating from a form (the select gives "4") or from REST (4): a whole number from 1 to 5. */
  static Integer score(Object value) {
    try {
      int n = value instanceof Number number && number.doubleValue() == number.intValue() ? number.intValue()
          : Integer.parseInt(String.valueOf(value).strip());
      return n >= edu.university.governance.rules.ReviewAspect.MIN && n <= edu.university.governance.rules.ReviewAspect.MAX
          ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
