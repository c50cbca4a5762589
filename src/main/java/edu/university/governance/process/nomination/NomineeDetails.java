package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.Post;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Loads one P2 nominee's details from the records into their own review's variables (what the forms show). */
@Component("nomineeDetails")
public class NomineeDetails implements JavaDelegate {

  private final NominationRepository nominations;
  private final StudentRepository students;
  private final UnionRepository unions;

  public NomineeDetails(NominationRepository nominations, StudentRepository students, UnionRepository unions) {
    this.nominations = nominations;
    this.students = students;
    this.unions = unions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    Student student = students.find(nomination.studentId()).orElseThrow();
    execution.setVariable("studentId", student.studentId());
    execution.setVariable("nomineeName", student.name());
    execution.setVariable("nomineeMajor", student.major() + "，" + student.grade() + " 级，班级 " + student.classId());
    execution.setVariable("postLabel", Post.valueOf(nomination.post()).label());
    execution.setVariable("departmentName", unions.department(nomination.unionId(), nomination.departmentId())
        .map(d -> d.name()).orElse(nomination.departmentId()));
  }
}
