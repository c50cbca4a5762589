package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.QuotaStatus;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.QuotaLimitsSource;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a review task is created, puts the union's current quota figures on it ("quotaFigures", local to
 * the task), so that nobody decides blind: the form shows them beside the nominee's record.
 */
@Component("quotaFigures")
public class QuotaFigures implements TaskListener {

  private final NominationRepository nominations;
  private final UnionRepository unions;
  private final RosterRepository roster;
  private final QuotaLimitsSource quotaLimits;

  public QuotaFigures(NominationRepository nominations, UnionRepository unions, RosterRepository roster,
                      QuotaLimitsSource quotaLimits) {
    this.nominations = nominations;
    this.unions = unions;
    this.roster = roster;
    this.quotaLimits = quotaLimits;
  }

  @Override
  public void notify(DelegateTask task) {
    nominations.allOfProcessInstance(task.getProcessInstanceId()).stream().map(Nomination::unionId).findFirst()
        .flatMap(unions::find)
        .ifPresent(union -> task.setVariableLocal("quotaFigures", figures(union)));
  }

  String figures(UnionRecord union) {
    var departments = unions.departments(union.unionId()).stream().map(d -> d.departmentId()).toList();
    return union.name() + "现有名额：" + Quotas.evaluate(roster.counts(union.unionId(), union.level()), departments,
        quotaLimits.limits(union.level())).stream().map(QuotaStatus::text).collect(Collectors.joining("；"));
  }
}
