package edu.university.governance.process.misconduct;

import edu.university.governance.records.InvestigationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When a D3 instance ends, its investigation closes with the handling decided (CANCELLED when deleted). */
@Component("investigationClosing")
public class InvestigationClosing implements ExecutionListener {

  private final InvestigationRepository investigations;

  public InvestigationClosing(InvestigationRepository investigations) {
    this.investigations = investigations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object handling = execution.getVariable("outcome");
    Object findings = execution.getVariable("findings");
    investigations.close(execution.getProcessInstanceId(), handling == null ? "CANCELLED" : handling.toString(),
        findings == null ? null : findings.toString());
  }
}
