package edu.university.governance.process.misconduct;

import edu.university.governance.process.Facts;
import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.records.InvestigationRepository;
import edu.university.governance.records.RosterEntry;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start of D3 (misconduct-investigation): anyone authenticated, or another system, reports a current
 * member of a union's roster. An unknown student, or one not on that union's roster, is refused. The
 * investigation is opened in the records (the roster view shows it) and gets its due date, after which
 * a timer escalates it (governance.misconduct.investigation-due, default 7 days).
 */
@Component("misconductInvestigationStart")
public class MisconductInvestigationStart implements ExecutionListener {

  static final int MAX_ALLEGATION = 2000;

  private final StudentRepository students;
  private final UnionRepository unions;
  private final RosterRepository roster;
  private final InvestigationRepository investigations;
  private final Clock clock;
  private final Duration investigationDue;
  private final Facts facts;
  private final ProcedureOpening procedure;

  public MisconductInvestigationStart(StudentRepository students, UnionRepository unions, RosterRepository roster,
                         InvestigationRepository investigations, Clock clock,
                         @Value("${governance.misconduct.investigation-due:P7D}") Duration investigationDue,
                         Facts facts, ProcedureOpening procedure) {
    this.procedure = procedure;
    this.facts = facts;
    this.students = students;
    this.unions = unions;
    this.roster = roster;
    this.investigations = investigations;
    this.clock = clock;
    this.investigationDue = investigationDue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String studentId = variables.id("studentId", "学号");
    String unionId = variables.id("unionId", "学生组织");
    String allegation = variables.text("allegation", "举报内容", MAX_ALLEGATION);
    String reportedBy = variables.text("reportedBy", "举报人", 100);
    Student student = variables.student(studentId, students);
    UnionRecord union = variables.union(unionId, unions);
    RosterEntry member = student == null || union == null ? null : roster.current(unionId).stream()
        .filter(entry -> entry.studentId().equals(studentId)).findFirst().orElse(null);
    if (student != null && union != null && member == null) {
      variables.problem("D3：学生 " + studentId + "（" + student.name() + "）不在" + union.name() + "名册上，只能举报在任成员");
    }
    variables.refuseIfAny();

    investigations.open(unionId, studentId, execution.getProcessInstanceId(), allegation.strip(), reportedBy.strip());
    execution.setVariable("memberName", student.name());
    execution.setVariable("unionName", union.name());
    execution.setVariable("memberPost", member.postName() + (member.departmentName() == null ? ""
        : "（" + member.departmentName() + "）"));
    // the deadline of the investigation (due date and escalation timer), fixed with the report
    facts.fix(execution, "investigationDue", Instant.now(clock).plus(investigationDue).atZone(clock.getZone())
        .toOffsetDateTime().toString());
    // anyone may report: the reporter acted for every group it has
    procedure.open(execution, null, "D3", procedure.year(), studentId);
  }
}
