package edu.university.governance.process.nomination;

import edu.university.governance.process.Decisions;
import edu.university.governance.records.Appointments;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.rules.NominatedPost;
import edu.university.governance.rules.Post;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Appointment at the quota gateway of P3 (Q6, Q8) and P2 (Q2, Q4, Q5, Q9), with the numbers of the
 * decision table: appoints the nominee fixed at the start, or says which limits stand in the way. Sets "appointment" (APPOINTED,
 * EXCEPTION_NEEDED, QUOTA_EXCEEDED), "quotaReason" with the rules and figures, "quotaExceptionRules"
 * for an exception request, and "rejectionReason" when a hard limit refuses. After an approved
 * exception it appoints again, passing only the soft rules the Youth League committee approved.
 */
@Component("nomineeAppointment")
public class NomineeAppointment implements JavaDelegate {

  private final NominationRepository nominations;
  private final Appointments appointments;
  private final Decisions decisions;

  public NomineeAppointment(NominationRepository nominations, Appointments appointments, Decisions decisions) {
    this.nominations = nominations;
    this.appointments = appointments;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    Post post = NominatedPost.valueOf(nomination.post()).post()
        .orElseThrow(() -> new IllegalStateException("A presidium candidate is not appointed"));
    // Q9 is checked wherever the table gives it (school unions, P2); a college union has no Q9 row
    Appointments.Decision decision = appointments.appoint(nomination.unionId(), nomination.studentId(), post,
        nomination.departmentId(), true, approvedExceptions(execution), nomination.procedureRule());
    record(execution, decision);
  }

  /** The soft rules the Youth League committee approved an exception for, if it did (decision record). */
  private Set<String> approvedExceptions(DelegateExecution execution) {
    Object rules = execution.getVariable("quotaExceptionRules");
    if (rules == null || !decisions.approved(execution, "quotaExceptionReview")) {
      return Set.of();
    }
    return Arrays.stream(rules.toString().split(",")).map(String::strip).collect(Collectors.toSet());
  }

  static void record(DelegateExecution execution, Appointments.Decision decision) {
    execution.setVariable("appointment", decision.result().name());
    if (decision.result() == Appointments.Result.APPOINTED) {
      return;
    }
    execution.setVariable("quotaReason", decision.reason());
    if (decision.result() == Appointments.Result.EXCEPTION_NEEDED) {
      execution.setVariable("quotaExceptionRules", decision.softRules());
    } else {
      execution.setVariable("rejectionReason", decision.reason());
    }
  }
}
