package edu.university.governance.process;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.NominationBasis;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.security.Caller;
import edu.university.governance.security.Groups;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Start of P1 (school-presidium-candidacy): checks the start variables against the records, checks
 * that the starter is the league of the nominee's own college (P1.1), and opens the nomination. Any
 * problem refuses the start, and no instance is left.
 */
@Component("candidacyStart")
public class CandidacyStart implements ExecutionListener {

  static final int MAX_STATEMENT = 2000;

  private final StudentRepository students;
  private final UnionRepository unions;
  private final NominationRepository nominations;

  public CandidacyStart(StudentRepository students, UnionRepository unions, NominationRepository nominations) {
    this.students = students;
    this.unions = unions;
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String studentId = variables.id("studentId", "学号");
    String unionId = variables.id("unionId", "学生组织");
    NominationBasis basis = variables.choice("basis", "推荐依据", NominationBasis.class);
    variables.text("statement", "推荐理由", MAX_STATEMENT);
    Student student = studentId == null ? null : students.find(studentId).orElse(null);
    if (studentId != null && student == null) {
      variables.problem("学号 " + studentId + " 不存在");
    }
    UnionRecord union = unionId == null ? null : unions.find(unionId).orElse(null);
    if (unionId != null && union == null) {
      variables.problem("学生组织 " + unionId + " 不存在");
    } else if (union != null && union.level() != UnionLevel.SCHOOL) {
      variables.problem("P1：主席团候选人推荐只适用于校级学生会（school-su）或研究生会（school-gsu），" + unionId + " 是院级组织");
    }
    variables.refuseIfAny();

    Optional<Caller> starter = Starter.of(execution);
    String league = Groups.collegeLeague(student.collegeId());
    if (starter.isPresent() && !starter.get().isAdmin() && !starter.get().inGroup(league)) {
      throw new ProcedureRefusal("启动被拒绝（P1.1）：候选人由其所在学院团组织推荐；学生 " + studentId + " 属于学院 "
          + student.collegeId() + "，您（" + starter.get().userId() + "）不是 " + league + " 的成员");
    }
    closeIfAbandoned(unionId, studentId);
    if (!nominations.open("P1", unionId, studentId, basis.name(), execution.getProcessInstanceId())) {
      throw new ProcedureRefusal("启动被拒绝：学生 " + studentId + "（" + student.name() + "）已有一项进行中的 " + unionId
          + " 提名，同一学生不能同时被重复提名");
    }
    execution.setVariable("collegeId", student.collegeId());
    execution.setVariable("nomineeName", student.name());
    execution.setVariable("nomineeMajor", student.major() + "，" + student.grade() + " 级，班级 " + student.classId());
    execution.setVariable("unionName", union.name());
    execution.setVariable("basisLabel", basis.label());
  }

  /**
   * An open nomination whose instance no longer runs was cancelled without its end listener (Cockpit
   * skips custom listeners by default): it must not block the student for ever. The check runs without
   * authorization because the starter may not read other instances.
   */
  private void closeIfAbandoned(String unionId, String studentId) {
    nominations.openFor(unionId, studentId).ifPresent(open -> {
      long running = Context.getCommandContext().runWithoutAuthorization(() ->
          Context.getProcessEngineConfiguration().getRuntimeService().createProcessInstanceQuery()
              .processInstanceId(open.processInstanceId()).count());
      if (running == 0) {
        nominations.close(open.processInstanceId(), Nomination.CANCELLED, null, "流程实例已被删除");
      }
    });
  }
}
