package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The nominees of a P2 batch, for the multi-instance review: one instance per nominee, in submitted order. */
@Component("staffBatch")
public class StaffBatch {

  private final NominationRepository nominations;

  public StaffBatch(NominationRepository nominations) {
    this.nominations = nominations;
  }

  public List<String> nomineeIds(DelegateExecution execution) {
    return nominations.allOfProcessInstance(execution.getProcessInstanceId()).stream().map(Nomination::studentId).toList();
  }
}
