package edu.university.governance.process.nomination;

import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.records.Student;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.rules.NominationBasis;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.organisation.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of P1 (school-presidium-candidacy): checks the start variables against the records, checks
 * that the starter is the league of the nominee's own college (P1.1), and opens the nomination. Any
 * problem refuses the start, and no instance is left.
 */
@Component("schoolPresidiumCandidacyStart")
public class SchoolPresidiumCandidacyStart implements ExecutionListener {

  static final int MAX_STATEMENT = 2000;

  private final NominationOpening nomination;
  private final ProcedureOpening procedure;

  public SchoolPresidiumCandidacyStart(NominationOpening nomination, ProcedureOpening procedure) {
    this.nomination = nomination;
    this.procedure = procedure;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String studentId = variables.id("studentId", "学号");
    String unionId = variables.id("unionId", "学生组织");
    NominationBasis basis = variables.choice("basis", "推荐依据", NominationBasis.class);
    variables.text("statement", "推荐理由", MAX_STATEMENT);
    Student student = nomination.student(variables, studentId);
    UnionRecord union = nomination.union(variables, unionId, UnionLevel.SCHOOL, "P1：主席团候选人推荐");
    variables.refuseIfAny();

    String league = Groups.collegeLeague(student.collegeId());
    Starter.require(execution, league, "（P1.1）：候选人由其所在学院团组织推荐；学生 "
        + studentId + " 属于学院 " + student.collegeId());
    nomination.open(execution, "P1", union, student, basis.name(), null, null);
    nomination.describe(execution, student, union);
    execution.setVariable("basisLabel", basis.label());
    procedure.open(execution, league, "P1", procedure.year(), studentId);
  }
}
