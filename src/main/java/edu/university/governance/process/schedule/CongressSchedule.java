package edu.university.governance.process.schedule;

import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * C1: every year the timer convenes the congress of each school union, for this year, representing every
 * student in the records. The congresses run on their own; the schedule does not wait for them.
 */
@Component("congressSchedule")
public class CongressSchedule implements JavaDelegate {

  private final UnionRepository unions;
  private final StudentRepository students;
  private final Clock clock;

  public CongressSchedule(UnionRepository unions, StudentRepository students, Clock clock) {
    this.unions = unions;
    this.students = students;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String unionId : schoolUnions()) {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("student-congress",
          Map.of("unionId", unionId, "year", year(), "studentsRepresented", studentsRepresented()));
    }
  }

  public List<String> schoolUnions() {
    return unions.findAll().stream().filter(u -> u.level() == UnionLevel.SCHOOL).map(UnionRecord::unionId).toList();
  }

  public int year() {
    return Year.now(clock).getValue();
  }

  public int studentsRepresented() {
    return Math.max(1, students.count());
  }
}
