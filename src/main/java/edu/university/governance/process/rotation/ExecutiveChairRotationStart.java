package edu.university.governance.process.rotation;

import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.Starter;
import edu.university.governance.process.UnionSemester;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.organisation.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start by hand of S2 (executive-chair-rotation): the Youth League committee names a union and a semester. */
@Component("executiveChairRotationStart")
public class ExecutiveChairRotationStart implements ExecutionListener {

  private final UnionRepository unions;
  private final Facts facts;
  private final ProcedureOpening procedure;

  public ExecutiveChairRotationStart(UnionRepository unions, Facts facts, ProcedureOpening procedure) {
    this.procedure = procedure;
    this.unions = unions;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UnionSemester subject = UnionSemester.read(execution, unions, "S2");
    Starter.require(execution, Groups.YOUTH_LEAGUE, "（S2）：执行主席轮换由校团委发起");
    subject.fix(execution, facts);
    procedure.open(execution, Groups.YOUTH_LEAGUE, "S2", subject.semester(), subject.unionId());
  }
}
