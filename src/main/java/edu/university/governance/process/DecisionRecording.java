package edu.university.governance.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model, present and future, records its decision when it completes: the models need
 * not name the listener, and a new task cannot be forgotten. The bean "recordDecision" ({@link RecordDecision}),
 * looked up when it runs (process tests register their own), takes the decision when the task completes and
 * writes it when the activity ends, after the model's own listeners have checked it.
 */
@Component
public class DecisionRecording extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        Expression recorder = configuration.getExpressionManager().createExpression("${recordDecision}");
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addTaskListener(
            TaskListener.EVENTNAME_COMPLETE, new DelegateExpressionTaskListener(recorder, List.of()));
        // after the model's own end listeners, which check the decision and may refuse it
        activity.addListener(ExecutionListener.EVENTNAME_END, new DelegateExpressionExecutionListener(recorder, List.of()));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
