package edu.university.governance.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.stereotype.Component;

/**
 * What every user task of every model, present and future, does without its model naming it: when it is created,
 * the bean "presentTask" ({@link PresentTask}) names it after its subject and fills its approval record, and
 * "taskDeadline" ({@link TaskDeadline}) gives it its due date from bpmn/task-deadlines.dmn, and "taskNotice"
 * (notification/TaskNotice) tells its groups through the notification outbox; when it
 * completes, "recordDecision" ({@link RecordDecision}) takes the decision, and writes it when the activity ends,
 * after the model's own end listeners have checked it. The beans are looked up when they run (process tests
 * register their own), so a new task cannot be forgotten.
 */
@Component
public class UserTaskListeners extends AbstractProcessEnginePlugin {

  private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        Expression present = configuration.getExpressionManager().createExpression("${presentTask}");
        Expression record = configuration.getExpressionManager().createExpression("${recordDecision}");
        Expression deadline = configuration.getExpressionManager().createExpression("${taskDeadline}");
        Expression notice = configuration.getExpressionManager().createExpression("${taskNotice}");
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, new DelegateExpressionTaskListener(present, List.of()));
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, new DelegateExpressionTaskListener(deadline, List.of()));
        // last: tells the groups with the name and the due date the two above gave it; not for an optional action that
        // is no work to do (camunda:property notify=false, D2's 撤回报告), which its own group has just asked for
        if (!"false".equals(property(element, "notify"))) {
          task.addTaskListener(TaskListener.EVENTNAME_CREATE, new DelegateExpressionTaskListener(notice, List.of()));
        }
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, new DelegateExpressionTaskListener(record, List.of()));
        // after the model's own end listeners, which check the decision and may refuse it
        activity.addListener(ExecutionListener.EVENTNAME_END, new DelegateExpressionExecutionListener(record, List.of()));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** A camunda:property of the element being parsed, or null. */
  static String property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
    return properties == null ? null : properties.elementsNS(CAMUNDA, "property").stream()
        .filter(property -> name.equals(property.attribute("name"))).map(property -> property.attribute("value"))
        .findFirst().orElse(null);
  }
}
