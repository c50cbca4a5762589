package edu.university.governance.process.misconduct;

import edu.university.governance.engine.ProcedureRefusal;
import edu.university.governance.rules.MisconductHandling;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends the D3 investigation task: "handling" must be one of UNFOUNDED, CRITICISM, WARNING, REMOVED and
 * "findings" are required in writing (CONTRACT.md). Otherwise the completion is refused and the task stays open.
 */
@Component("handlingDecision")
public class HandlingDecision implements ExecutionListener {

  static final int MAX_FINDINGS = 4000;

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object handling = execution.getVariable("handling");
    Object findings = execution.getVariable("findings");
    boolean known = handling instanceof String value
        && Arrays.stream(MisconductHandling.values()).anyMatch(h -> h.name().equals(value));
    if (!known) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：handling（处理决定）应为 "
          + Arrays.stream(MisconductHandling.values()).map(h -> h.name() + "（" + h.label() + "）")
          .collect(Collectors.joining("、")) + " 之一");
    }
    if (!(findings instanceof String text) || text.isBlank()) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：必须写明调查核实的情况（findings）");
    }
    if (text.length() > MAX_FINDINGS) {
      throw new ProcedureRefusal("“" + execution.getCurrentActivityName() + "”：findings 不能超过 " + MAX_FINDINGS + " 个字符");
    }
  }
}
