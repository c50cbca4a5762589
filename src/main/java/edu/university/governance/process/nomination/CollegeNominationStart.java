package edu.university.governance.process.nomination;

import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.records.Admission;
import edu.university.governance.records.Student;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.NominatedPost;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.RuleException;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.organisation.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of P3 (college-nomination): the class Youth League branch recommends a student of its own class
 * (P3) for the college union of the student's college, as presidium candidate, department head or staff
 * (S3: nothing else), in an existing department; a student who already holds a post in that union, or
 * is already under nomination for it, is refused. No instance is left by a refused start.
 */
@Component("collegeNominationStart")
public class CollegeNominationStart implements ExecutionListener {

  private final NominationOpening nomination;
  private final UnionRepository unions;
  private final Admission admission;
  private final ProcedureOpening procedure;

  public CollegeNominationStart(NominationOpening nomination, UnionRepository unions, Admission admission,
                                ProcedureOpening procedure) {
    this.procedure = procedure;
    this.nomination = nomination;
    this.unions = unions;
    this.admission = admission;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String studentId = variables.id("studentId", "学号");
    String unionId = variables.id("unionId", "学生组织");
    String postName = variables.id("post", "推荐职务");
    NominatedPost post = null;
    if (postName != null) {
      try {
        post = NominatedPost.parse(postName);
      } catch (RuleException e) {
        variables.problem(e.violation().text());
      }
    }
    Object department = execution.getVariable("departmentId");
    String departmentId = department == null || "".equals(department) ? null
        : variables.id("departmentId", "部门");
    Student student = nomination.student(variables, studentId);
    UnionRecord union = nomination.union(variables, unionId, UnionLevel.COLLEGE, "P3：学院推荐");
    if (union != null) {
      checkAdmission(variables, union, student, post, departmentId);
    }
    variables.refuseIfAny();

    Starter.require(execution, Groups.classBranch(student.classId()), "（P3）：由学生所在班级团支部推荐；学生 "
        + studentId + " 属于班级 " + student.classId());
    nomination.open(execution, "P3", union, student, null, post.name(), post.post().isPresent() ? departmentId : null);
    nomination.describe(execution, student, union);
    nomination.fix(execution, "post", post.name());
    execution.setVariable("postLabel", post.label());
    execution.setVariable("departmentName", departmentId == null ? "—"
        : unions.department(union.unionId(), departmentId).map(d -> d.name()).orElse(departmentId));
    procedure.open(execution, Groups.classBranch(student.classId()), "P3", procedure.year(), studentId);
  }

  /** The admission check of the records, worded for the branch that nominates; a candidate aims at the presidium. */
  private void checkAdmission(StartVariables variables, UnionRecord union, Student student, NominatedPost post,
                              String departmentId) {
    Admission.Check check = admission.check(union, student, post == null ? null : post.post().orElse(Post.PRESIDIUM),
        departmentId);
    if (check.otherCollegeId() != null) {
      variables.problem("学生 " + student.studentId() + " 属于学院 " + check.otherCollegeId() + "，不能推荐到" + union.name());
    }
    if (check.department() != null) {
      switch (check.department()) {
        case NOT_FOR_PRESIDIUM -> variables.problem("主席团候选人不属于部门，不应填写 departmentId");
        case MISSING -> variables.problem("缺少 departmentId（部门）：" + post.label() + "须属于一个部门");
        case UNKNOWN -> variables.problem(union.name() + "没有部门 " + departmentId);
        case FITS -> {
        }
      }
    }
    if (check.heldPost() != null) {
      variables.problem("学生 " + student.studentId() + " 已在" + union.name() + "担任" + check.heldPost().label());
    }
  }
}
