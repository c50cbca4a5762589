package edu.university.governance.process.nomination;

import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.QuotaStatus;
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
  private final UnionQuotas quotas;

  public QuotaFigures(NominationRepository nominations, UnionRepository unions, UnionQuotas quotas) {
    this.nominations = nominations;
    this.unions = unions;
    this.quotas = quotas;
  }

  @Override
  public void notify(DelegateTask task) {
    nominations.allOfProcessInstance(task.getProcessInstanceId()).stream().map(Nomination::unionId).findFirst()
        .flatMap(unions::find)
        .ifPresent(union -> task.setVariableLocal("quotaFigures", figures(union)));
  }

  String figures(UnionRecord union) {
    return union.name() + "现有名额：" + quotas.figures(union).stream().map(QuotaStatus::text)
        .collect(Collectors.joining("；"));
  }
}
