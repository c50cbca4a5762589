package edu.university.governance.process.nomination;

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
 * the nominee fixed at the start (never on what a form says). Sets "eligible" for the gateway, and
 * the rule and figures as "rejectionReason" when the nominee fails.
 */
@Component("eligibilityCheck")
public class EligibilityCheck implements JavaDelegate {

  private final NominationRepository nominations;
  private final StudentRepository students;
  private final RosterRepository roster;

  public EligibilityCheck(NominationRepository nominations, StudentRepository students, RosterRepository roster) {
    this.nominations = nominations;
    this.students = students;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    Student student = students.find(nomination.studentId())
        .orElseThrow(() -> new IllegalStateException("Student " + nomination.studentId() + " vanished from the records"));
    List<RuleViolation> violations = violations(student, nomination.basis());
    execution.setVariable("nomineeRecord", student.academicRecord().summary());
    execution.setVariable("eligible", violations.isEmpty());
    if (!violations.isEmpty()) {
      execution.setVariable("rejectionReason",
          violations.stream().map(RuleViolation::text).collect(Collectors.joining("；")));
    }
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
