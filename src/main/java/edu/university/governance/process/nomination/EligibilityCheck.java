package edu.university.governance.process.nomination;

import edu.university.governance.process.Facts;
import edu.university.governance.process.ModelProperties;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.rules.Eligibility;
import edu.university.governance.rules.NominationBasis;
import edu.university.governance.rules.RuleViolation;
import edu.university.governance.rules.UnionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * E1–E3, and P1 representativeness where a basis was given, decided on the service's own records for
 * the nominee fixed at the start (never on what a form says), at the start and again right before the nominee is
 * confirmed or appointed.
 */
@Component("eligibilityCheck")
public class EligibilityCheck implements JavaDelegate {

  static final String RECHECKED = "确认前复核：";

  private final NominationRepository nominations;
  private final StudentRepository students;
  private final RosterRepository roster;
  private final Facts facts;

  public EligibilityCheck(NominationRepository nominations, StudentRepository students, RosterRepository roster,
                          Facts facts) {
    this.nominations = nominations;
    this.students = students;
    this.roster = roster;
    this.facts = facts;
  }

  /**
   * At the start (E1–E3 and the basis), or, where the service task's camunda:property "recheck" is "true", right
   * before the nominee is confirmed ({@link #recheck}). Sets "eligible" for the gateway that follows in the same
   * transaction, and the rules and figures as "rejectionReason".
   */
  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    Student student = student(nomination);
    boolean recheck = "true".equals(ModelProperties.of(execution, "recheck"));
    List<RuleViolation> violations = recheck ? recheck(execution, nomination, student)
        : violations(student, nomination.basis());
    execution.setVariable("nomineeRecord", student.academicRecord().summary());
    execution.setVariable("eligible", violations.isEmpty());
    if (!violations.isEmpty()) {
      execution.setVariable("rejectionReason", reason(violations, recheck));
    }
  }

  /**
   * What changed against the nominee since the nomination, on the records as they are now, when the nominee is
   * confirmed or appointed: E1–E3 again, and whether the nominee still belongs to the college whose organisations
   * nominated and decided (the fact "collegeId" fixed at the start; the procedure's rule, P1, P2 or P3).
   */
  List<RuleViolation> recheck(DelegateExecution execution, Nomination nomination) {
    return recheck(execution, nomination, student(nomination));
  }

  private List<RuleViolation> recheck(DelegateExecution execution, Nomination nomination, Student student) {
    List<RuleViolation> violations = new ArrayList<>(Eligibility.check(student.academicRecord()));
    String college = facts.of(execution, "collegeId");
    if (!college.equals(student.collegeId())) {
      violations.add(new RuleViolation(nomination.procedureRule(), "学生 " + student.studentId() + " 现属学院 "
          + student.collegeId() + "，已不属于推荐并审核其提名的学院 " + college));
    }
    return violations;
  }

  static String reason(List<RuleViolation> violations, boolean recheck) {
    return (recheck ? RECHECKED : "") + violations.stream().map(RuleViolation::text).collect(Collectors.joining("；"));
  }

  private Student student(Nomination nomination) {
    return students.find(nomination.studentId())
        .orElseThrow(() -> new IllegalStateException("Student " + nomination.studentId() + " vanished from the records"));
  }

  /**
   * Every rule the student fails: E1–E3 on the record, and the basis (a NominationBasis name, or null for
   * none) on the current rosters. Public so that the benchmark times exactly what the delegate decides on.
   */
  public List<RuleViolation> violations(Student student, String basis) {
    List<RuleViolation> violations = new ArrayList<>(Eligibility.check(student.academicRecord()));
    if (basis != null) {
      NominationBasis.valueOf(basis)
          .check(roster.onRosterOfLevel(student.studentId(), UnionLevel.SCHOOL),
              roster.onRosterOfLevel(student.studentId(), UnionLevel.COLLEGE))
          .ifPresent(violations::add);
    }
    return violations;
  }
}
