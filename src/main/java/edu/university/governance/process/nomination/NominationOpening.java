package edu.university.governance.process.nomination;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.Facts;
import edu.university.governance.process.StartVariables;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.NominatedPost;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * What every nomination's start shares (P1, P2, P3): looking up the student and the union in the
 * records, checking the starter's unit, opening the nomination (one open per student and union), and
 * the nominee's details that the review forms show.
 */
@Component
public class NominationOpening {

  private static final DateTimeFormatter CONFIRMED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final StudentRepository students;
  private final UnionRepository unions;
  private final NominationRepository nominations;
  private final Facts facts;
  private final Clock clock;

  public NominationOpening(StudentRepository students, UnionRepository unions, NominationRepository nominations,
                           Facts facts, Clock clock) {
    this.students = students;
    this.unions = unions;
    this.nominations = nominations;
    this.facts = facts;
    this.clock = clock;
  }

  /** The student of that id, or null with the problem noted. */
  Student student(StartVariables variables, String studentId) {
    return variables.student(studentId, students);
  }

  /** The union of that id and level, or null with the problem noted. */
  UnionRecord union(StartVariables variables, String unionId, UnionLevel level, String rule) {
    UnionRecord union = variables.union(unionId, unions);
    if (union != null && union.level() != level) {
      variables.problem(rule + "：只适用于" + level.label() + "学生组织，" + unionId + " 是" + union.level().label() + "组织");
      return null;
    }
    return union;
  }

  /**
   * Opens the nomination, refusing the start when the student already has one open for the union, or, for a
   * presidium candidacy (P1, P3 PRESIDIUM_CANDIDATE), is already a confirmed candidate of the union this year.
   */
  void open(DelegateExecution execution, String rule, UnionRecord union, Student student, String basis, String post,
            String departmentId) {
    if (post == null || NominatedPost.PRESIDIUM_CANDIDATE.name().equals(post)) {
      refuseIfConfirmed(rule, union, student);
    }
    closeIfAbandoned(union.unionId(), student.studentId());
    if (!nominations.open(rule, union.unionId(), student.studentId(), basis, post, departmentId,
        execution.getProcessInstanceId())) {
      throw new ProcedureRefusal("启动被拒绝：学生 " + student.studentId() + "（" + student.name() + "）已有一项进行中的 "
          + union.unionId() + " 提名，同一学生不能同时被重复提名");
    }
  }

  /** One confirmed candidacy per student, union and year: a second one is refused, naming the first. */
  private void refuseIfConfirmed(String rule, UnionRecord union, Student student) {
    nominations.confirmedThisYear(union.unionId(), student.studentId()).ifPresent(first -> {
      throw new ProcedureRefusal("启动被拒绝（" + rule + "）：学生 " + student.studentId() + "（" + student.name() + "）已于 "
          + CONFIRMED_AT.format(first.confirmedAt().atZone(clock.getZone())) + " 经 " + first.procedureRule()
          + " 确认为" + union.name() + " " + first.year() + " 年的主席团候选人，同一学生在同一学生组织每年只确认一次候选资格");
    });
  }

  /** The nominee as the review forms show it. */
  void describe(DelegateExecution execution, Student student, UnionRecord union) {
    // the nominee's college when nominated: its organisations decide, and the nominee must still belong to it at the end
    facts.fix(execution, "collegeId", student.collegeId());
    execution.setVariable("nomineeName", student.name());
    execution.setVariable("nomineeMajor", student.major() + "，" + student.grade() + " 级，班级 " + student.classId());
    execution.setVariable("unionName", union.name());
  }

  /** Fixes another fact of the nomination (P3: the post nominated for). */
  void fix(DelegateExecution execution, String name, Object value) {
    facts.fix(execution, name, value);
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
