package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The nomination an execution works on: the only one of a P1 or P3 instance, or, inside a P2 batch, the
 * one of the nominee its multi-instance element ("nomineeId") stands for. Always from the records
 * fixed at the start, never from what a form or caller claims.
 */
final class Nominees {

  static final String ELEMENT = "nomineeId";

  private Nominees() {
  }

  static Nomination current(DelegateExecution execution, NominationRepository nominations) {
    Object nomineeId = execution.getVariable(ELEMENT);
    String instance = execution.getProcessInstanceId();
    return (nomineeId == null ? nominations.byProcessInstance(instance)
        : nominations.ofStudent(instance, nomineeId.toString()))
        .orElseThrow(() -> new IllegalStateException("No nomination " + (nomineeId == null ? "" : nomineeId + " ")
            + "for instance " + instance));
  }
}
