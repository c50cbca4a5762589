package edu.university.governance.process.nomination;

import edu.university.governance.process.Facts;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.Quotas;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q10 on a P2 batch: enough of the college's nominees must be its union staff now (the number from the
 * decision table). Sets "batchHolds", and "rejectionReason" with the rule and the count when it fails.
 */
@Component("batchCheck")
public class BatchCheck implements JavaDelegate {

  private final NominationRepository nominations;
  private final RosterRepository roster;
  private final UnionRepository unions;
  private final UnionQuotas quotas;
  private final Facts facts;

  public BatchCheck(NominationRepository nominations, RosterRepository roster, UnionRepository unions,
                    UnionQuotas quotas, Facts facts) {
    this.nominations = nominations;
    this.roster = roster;
    this.unions = unions;
    this.quotas = quotas;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Nomination> batch = nominations.allOfProcessInstance(execution.getProcessInstanceId());
    String collegeId = facts.of(execution, "collegeId");
    long staff = batch.stream().filter(n -> roster.onRosterOfCollege(n.studentId(), collegeId)).count();
    var union = unions.find(batch.get(0).unionId()).orElseThrow();
    var violation = Quotas.batch((int) staff, batch.size(), quotas.limits(union));
    execution.setVariable("batchHolds", violation.isEmpty());
    violation.ifPresent(v -> execution.setVariable("rejectionReason", v.text()));
  }
}
