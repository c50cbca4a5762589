package edu.university.governance.process;

import edu.university.governance.records.FactRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What a procedure is about, as the service fixed it from its own records when the procedure started: the union,
 * the college, the Party organisation that decides, the dates and figures its gateways need. Gateways, candidate
 * groups and delegates read these ({@code ${facts.of(execution, 'partyGroup')}}), never the process variables of the
 * same names, which only mirror them for forms and Cockpit.
 */
@Component("facts")
public class Facts {

  private final FactRepository records;

  public Facts(FactRepository records) {
    this.records = records;
  }

  /** Fixes the fact and mirrors it as a process variable of the same name (the value as given, for the forms). */
  public void fix(DelegateExecution execution, String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Fact " + name + " has no value");
    }
    records.fix(execution.getProcessInstanceId(), name, value.toString());
    execution.getProcessInstance().setVariable(name, value);
  }

  /**
   * The fact as fixed. An instance an administrator started at an activity skipped the start that fixes the facts:
   * it has none, and the variables the administrator gave stand in (README "Integrity"). An instance with facts that
   * lacks this one is a fault of its model.
   */
  public String of(DelegateExecution execution, String name) {
    String processInstanceId = execution.getProcessInstanceId();
    return records.get(processInstanceId, name).orElseGet(() -> {
      Object given = execution.getVariable(name);
      if (!records.all(processInstanceId).isEmpty() || given == null) {
        throw new IllegalStateException("Fact " + name + " was never fixed in " + processInstanceId);
      }
      return given instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toString() : given.toString();
    });
  }

  /** A fact that is a point in time (ISO-8601 with offset), for timers and due dates. */
  public Date date(DelegateExecution execution, String name) {
    String value = of(execution, name);
    return Date.from(OffsetDateTime.parse(value).toInstant());
  }

  /** A fact that is a number (D2's budget for the escalation table). */
  public double number(DelegateExecution execution, String name) {
    return Double.parseDouble(of(execution, name));
  }

  public int whole(DelegateExecution execution, String name) {
    return Integer.parseInt(of(execution, name));
  }
}
