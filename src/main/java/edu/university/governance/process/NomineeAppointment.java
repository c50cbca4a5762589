package edu.university.governance.process;

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
 * P3 appointment at the quota gateway (Q6, Q8 as the decision table gives them): appoints the nominee
 * fixed at the start, or says which limits stand in the way. Sets "appointment" (APPOINTED,
 * EXCEPTION_NEEDED, QUOTA_EXCEEDED), "quotaReason" with the rules and figures, "quotaExceptionRules"
 * for an exception request, and "rejectionReason" when a hard limit refuses. After an approved
 * exception it appoints again, passing only the soft rules the Youth League committee approved.
 */
@Component("nomineeAppointment")
public class NomineeAppointment implements JavaDelegate {

  private final NominationRepository nominations;
  private final Appointments appointments;

  public NomineeAppointment(NominationRepository nominations, Appointments appointments) {
    this.nominations = nominations;
    this.appointments = appointments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.byProcessInstance(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("No nomination for instance " + execution.getProcessInstanceId()));
    Post post = NominatedPost.valueOf(nomination.post()).post()
        .orElseThrow(() -> new IllegalStateException("A presidium candidate is not appointed"));
    Appointments.Decision decision = appointments.appoint(nomination.unionId(), nomination.studentId(), post,
        nomination.departmentId(), false, approvedExceptions(execution), "P3");
    record(execution, decision);
  }

  /** The soft rules the Youth League committee approved an exception for, if it did. */
  static Set<String> approvedExceptions(DelegateExecution execution) {
    Object approved = execution.getVariable("quotaExceptionReviewApproved");
    Object rules = execution.getVariable("quotaExceptionRules");
    if (!Boolean.TRUE.equals(approved) || rules == null) {
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
