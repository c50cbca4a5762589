package edu.university.governance.process.activity;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.Facts;
import edu.university.governance.process.TextLists;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.VolunteerRepository;
import edu.university.governance.rules.Volunteers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * S4: ends the volunteer recruitment task of an approved activity. "volunteerIds" lists the students
 * (one a line, or separated by commas or spaces); {@link Volunteers} decides on them against
 * volunteersNeeded, and they are recorded against this activity only, never on the roster.
 */
@Component("volunteerRecruitment")
public class VolunteerRecruitment implements ExecutionListener {

  private final StudentRepository students;
  private final VolunteerRepository volunteers;
  private final Facts facts;

  public VolunteerRecruitment(StudentRepository students, VolunteerRepository volunteers, Facts facts) {
    this.students = students;
    this.volunteers = volunteers;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String task = "“" + execution.getCurrentActivityName() + "”：";
    Object value = execution.getVariable("volunteerIds");
    if (!(value instanceof String text) || text.isBlank()) {
      throw new ProcedureRefusal(task + "请填写志愿者学号（volunteerIds）");
    }
    Set<String> ids = TextLists.ids(text);
    int needed = facts.whole(execution, "volunteersNeeded");
    Optional<String> refusal = Volunteers.refusal(ids, needed, students.existingIds(ids));
    if (refusal.isPresent()) {
      throw new ProcedureRefusal(task + refusal.get());
    }
    volunteers.recruit(execution.getProcessInstanceId(), facts.of(execution, "unionId"), List.copyOf(ids));
    execution.setVariable("volunteersRecruited", ids.size());
  }
}
