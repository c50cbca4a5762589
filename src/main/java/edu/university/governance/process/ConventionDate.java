package edu.university.governance.process;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.rules.Convention;
import edu.university.governance.rules.RuleException;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * D1 at a task's completion: the day the member signed the self-discipline convention, as the form submitted it,
 * refused with the task's name when missing, malformed or after today (the task stays open).
 */
public final class ConventionDate {

  private ConventionDate() {
  }

  public static LocalDate checked(DelegateExecution execution, Object value, Clock clock) {
    try {
      return Convention.signedOn(value, LocalDate.now(clock), clock.getZone());
    } catch (RuleException e) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：" + e.getMessage());
    }
  }
}
