package edu.university.governance.process.activity;

import edu.university.governance.records.VolunteerRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** S4: when the activity has ended, its volunteers are released ("事完人散"), recorded in history. */
@Component("volunteerRelease")
public class VolunteerRelease implements JavaDelegate {

  private final VolunteerRepository volunteers;

  public VolunteerRelease(VolunteerRepository volunteers) {
    this.volunteers = volunteers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("volunteersReleased", volunteers.releaseAll(execution.getProcessInstanceId()));
  }
}
