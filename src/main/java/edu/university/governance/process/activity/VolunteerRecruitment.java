package edu.university.governance.process.activity;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.process.TextLists;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.VolunteerRepository;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * S4: ends the volunteer recruitment task of an approved activity. "volunteerIds" lists the students
 * (one a line, or separated by commas or spaces), at least one and at most volunteersNeeded, each a known
 * student; they are recorded against this activity only, never on the roster.
 */
@Component("volunteerRecruitment")
public class VolunteerRecruitment implements ExecutionListener {

  private final StudentRepository students;
  private final VolunteerRepository volunteers;

  public VolunteerRecruitment(StudentRepository students, VolunteerRepository volunteers) {
    this.students = students;
    this.volunteers = volunteers;
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
    int needed = ((Number) execution.getVariable("volunteersNeeded")).intValue();
    if (ids.size() > needed) {
      throw new ProcedureRefusal(task + "S4：志愿者 " + ids.size() + " 名，超过所需的 " + needed + " 名");
    }
    Set<String> known = students.existingIds(ids);
    List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw new ProcedureRefusal(task + "学号不存在：" + String.join("、", unknown));
    }
    volunteers.recruit(execution.getProcessInstanceId(), (String) execution.getVariable("unionId"), List.copyOf(ids));
    execution.setVariable("volunteersRecruited", ids.size());
  }
}
