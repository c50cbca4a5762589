package edu.university.governance.process.nomination;

import edu.university.governance.process.Decisions;
import edu.university.governance.process.ModelProperties;
import edu.university.governance.rules.Convention;
import java.time.Clock;
import java.time.LocalDate;
import edu.university.governance.records.Appointments;
import edu.university.governance.rules.RuleViolation;
import java.util.List;
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
 * decision table: first re-checks the nominee fixed at the start on the records as they are now (E1–E3 and the
 * college, {@link EligibilityCheck#recheck}), then appoints, or says which limits stand in the way. Sets "appointment"
 * (APPOINTED, EXCEPTION_NEEDED, QUOTA_EXCEEDED, or INELIGIBLE when the re-check fails), "quotaReason" with the rules and figures, "quotaExceptionRules"
 * for an exception request, and "rejectionReason" when a hard limit refuses. After an approved
 * exception it appoints again, passing only the soft rules the Youth League committee approved. The appointee's
 * signed self-discipline convention (D1) goes onto the roster with the seat.
 */
@Component("nomineeAppointment")
public class NomineeAppointment implements JavaDelegate {

  /** The appointment's result when the re-check at appointment fails (besides Appointments.Result). */
  static final String INELIGIBLE = "INELIGIBLE";

  private final NominationRepository nominations;
  private final Appointments appointments;
  private final Decisions decisions;
  private final EligibilityCheck eligibility;
  private final Clock clock;

  public NomineeAppointment(NominationRepository nominations, Appointments appointments, Decisions decisions,
                            EligibilityCheck eligibility, Clock clock) {
    this.clock = clock;
    this.nominations = nominations;
    this.appointments = appointments;
    this.decisions = decisions;
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = Nominees.current(execution, nominations);
    Post post = NominatedPost.valueOf(nomination.post()).post()
        .orElseThrow(() -> new IllegalStateException("A presidium candidate is not appointed"));
    List<RuleViolation> changed = eligibility.recheck(execution, nomination);
    if (!changed.isEmpty()) {
      // the records changed since the nomination (E1–E3, the college): no appointment, whatever was decided
      execution.setVariable("appointment", INELIGIBLE);
      execution.setVariable("rejectionReason", EligibilityCheck.reason(changed, true));
      return;
    }
    // Q9 is checked wherever the table gives it (school unions, P2); a college union has no Q9 row
    Appointments.Decision decision = appointments.appoint(nomination.unionId(), nomination.studentId(), post,
        nomination.departmentId(), true, approvedExceptions(execution), nomination.procedureRule(),
        conventionSignedAt(execution));
    record(execution, decision);
  }

  /**
   * D1: the day the nominee signed the self-discipline convention, as the appointing league's decision recorded it
   * (the step the model names in the property conventionStep, checked there by {@link ConventionSignature}). A
   * nomination opened on a model version before D1 names no such step and recorded no date: its nominee is appointed
   * without one and shows in the quota view's D1 warning until the roster records it.
   */
  private LocalDate conventionSignedAt(DelegateExecution execution) {
    String step = ModelProperties.of(execution, "conventionStep");
    return step == null ? null : decisions.detail(execution, step, ConventionSignature.INPUT)
        .map(recorded -> Convention.signedOn(recorded, LocalDate.now(clock), clock.getZone())).orElse(null);
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
