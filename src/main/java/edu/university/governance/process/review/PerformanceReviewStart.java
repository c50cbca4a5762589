package edu.university.governance.process.review;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.Starter;
import edu.university.governance.process.UnionSemester;
import edu.university.governance.records.RosterEntry;
import edu.university.governance.records.Reviews;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.organisation.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of R1–R3 (performance-review) for a union and semester: every presidium member and department
 * head on its roster now reports on their work. A semester is reviewed once; a union with nobody to
 * review is refused.
 */
@Component("performanceReviewStart")
public class PerformanceReviewStart implements ExecutionListener {

  private final UnionRepository unions;
  private final Reviews reviews;
  private final Facts facts;
  private final ProcedureOpening procedure;

  public PerformanceReviewStart(UnionRepository unions, Reviews reviews, Facts facts, ProcedureOpening procedure) {
    this.procedure = procedure;
    this.unions = unions;
    this.reviews = reviews;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UnionSemester subject = UnionSemester.read(execution, unions, "R1");
    String unionId = subject.unionId();
    String semester = subject.semester();
    UnionRecord union = subject.union();
    Starter.require(execution, Groups.YOUTH_LEAGUE, "（R1）：述职评议由校团委组织");
    if (reviews.started(unionId, semester)) {
      throw new ProcedureRefusal("启动被拒绝（R1）：" + union.name() + " " + semester + " 学期的述职评议已经发起");
    }
    List<RosterEntry> reviewees = reviews.reviewees(unionId);
    if (reviewees.isEmpty()) {
      throw new ProcedureRefusal("启动被拒绝（R1）：" + union.name() + "没有主席团成员或部门负责人需要述职");
    }
    reviews.open(unionId, semester, execution.getProcessInstanceId(), reviewees);
    subject.fix(execution, facts);
    execution.setVariable("unionName", union.name());
    procedure.open(execution, Groups.YOUTH_LEAGUE, "R", semester, unionId);
  }
}
