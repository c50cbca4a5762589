package edu.university.governance.process.nomination;

import edu.university.governance.process.ConventionDate;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.rules.NominatedPost;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * D1 at the appointing league's step (P2 校团委审核, P3 学院团组织审核同意): agreeing to a nominee who will be appointed
 * to a post requires the day the nominee signed the self-discipline convention (the task-local "conventionSignedAt"),
 * not after today. A refusal appoints nobody and a presidium candidate is appointed by the congress, so neither needs
 * it. The service keeps the date in its decision record; the appointment reads it from there ({@link NomineeAppointment}).
 */
@Component("conventionSignature")
public class ConventionSignature implements ExecutionListener {

  /** The task-local input of the appointing step's form (forms/nomination-appointment.form). */
  static final String INPUT = "conventionSignedAt";

  private final NominationRepository nominations;
  private final Clock clock;

  public ConventionSignature(NominationRepository nominations, Clock clock) {
    this.nominations = nominations;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || !Boolean.TRUE.equals(execution.getVariableLocal("approved"))) {
      return;
    }
    Nomination nomination = Nominees.current(execution, nominations);
    if (NominatedPost.valueOf(nomination.post()).post().isEmpty()) {
      return;
    }
    ConventionDate.checked(execution, execution.getVariableLocal(INPUT), clock);
  }
}
