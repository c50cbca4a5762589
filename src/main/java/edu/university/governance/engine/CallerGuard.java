package edu.university.governance.engine;

import edu.university.governance.organisation.Groups;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's commands as people may send them (CONTRACT.md "Decisions in user tasks"). Every channel
 * (engine-rest, the webapps' engine API, Tasklist, the Java API with a user) ends in one of the engine's
 * commands, and this guard looks at each command a signed-in user sends, before it runs:
 * <ul>
 *   <li>a start and a task completion carry exactly the inputs their Camunda Form declares, each of the
 *       declared kind; anything else is refused with 400 naming the variable. Display fields of the form
 *       (disabled or read-only, which Tasklist may send back) are dropped when they equal what the service
 *       showed and refused when they differ: they are never written;</li>
 *   <li>variables are never written, changed or deleted outside a start or a completion (task, execution,
 *       process-instance and batch variable commands);</li>
 *   <li>tasks stay with their office: a candidate may claim a task for themselves and give it back, and
 *       nothing else (no assigning to others, delegating, owners, identity links, task fields, BPMN errors,
 *       ad-hoc tasks);</li>
 *   <li>instances start at their start event only, and messages, signals and conditions come from the
 *       service itself.</li>
 * </ul>
 * Administrators (camunda-admin) and the engine's own work (no user: job executor, timers, the service's
 * records) keep the engine's full powers but one: nobody writes, changes or deletes a decision variable
 * ({@link DecisionVariables}) through the variable commands (403), as the decision record decides and these only
 * mirror it; administrators may still repair other variables. Only the outermost command of a call is judged:
 * what a procedure's own code does inside it is the service's.
 */
@Component
public class CallerGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CallerGuard.class);

  private final DeclaredForms forms;
  private final DecisionVariables decisionVariables;

  public CallerGuard(DeclaredForms forms, DecisionVariables decisionVariables) {
    this.forms = forms;
    this.decisionVariables = decisionVariables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Guard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Runs inside the command context, so that it reads tasks, definitions and forms as the command will. */
  private final class Guard extends CommandInterceptor {

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T execute(Command<T> command) {
      int level = depth.get();
      depth.set(level + 1);
      try {
        if (level == 0) {
          judge(command);
        }
        return next.execute(command);
      } finally {
        depth.set(level);
      }
    }
  }

  private void judge(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    if (isAdmin(user)) {
      if (isVariableCommand(command)) {
        checkDecisionVariables(context, variableNames(command));
      }
      return;
    }
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder");
      checkStart(context, definition(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
          builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd start) {
      checkStart(context, definition(context, field(start, "processDefinitionId"), null), field(start, "variables"));
    } else if (command instanceof ResolveTaskCmd) {
      refuse("任务由其办理单位完成，不能“解决”后退回委托人（仅限系统管理员）");
    } else if (command instanceof CompleteTaskCmd complete) {
      checkCompletion(context, field(complete, "taskId"), complete, "variables");
    } else if (command instanceof SubmitTaskFormCmd submit) {
      checkCompletion(context, field(submit, "taskId"), submit, "properties");
    } else if (isVariableCommand(command)) {
      throw new ProcedureRefusal("变量 " + String.join("、", variableNames(command))
          + " 不能单独写入、修改或删除：变量只能随表单在发起流程或完成任务时提交，且只能是表单声明的项");
    } else if (command instanceof ClaimTaskCmd claim) {
      String userId = field(claim, "userId");
      if (!user.getUserId().equals(userId)) {
        refuse("只能由本人认领任务，不能替他人（" + userId + "）认领");
      }
    } else if (command instanceof AssignTaskCmd assign) {
      checkAssignment(context, user, field(assign, "taskId"), field(assign, "userId"));
    } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd
        || command instanceof DelegateTaskCmd) {
      refuse("任务只由其候选单位办理：委托、转交、设置负责人或增减候选人与候选组仅限系统管理员");
    } else if (command instanceof AbstractSetTaskPropertyCmd || command instanceof SaveTaskCmd
        || command instanceof CreateTaskCmd || command instanceof DeleteTaskCmd
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      refuse("任务的名称、说明、期限、优先级与流转由服务确定：修改、新建或删除任务仅限系统管理员");
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd || command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd || command instanceof ProcessInstanceModificationCmd
        || command instanceof ProcessInstanceModificationBatchCmd) {
      refuse("流程只能从开始事件启动（开始时核查资格与推荐单位）：从指定环节启动或跳转环节仅限系统管理员");
    } else if (command instanceof AbstractCorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
        || command instanceof CorrelateAllMessageBatchCmd || command instanceof MessageEventReceivedCmd
        || command instanceof SignalEventReceivedCmd || command instanceof SignalCmd
        || command instanceof EvaluateStartConditionCmd) {
      refuse("消息、信号与条件启动只由服务自身发出（仅限系统管理员）");
    }
  }

  /** Task, execution, process-instance and batch variable commands: set, modify (patch) or delete. */
  private static boolean isVariableCommand(Command<?> command) {
    return command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
        || command instanceof AbstractPatchVariablesCmd || command instanceof SetVariablesToProcessInstancesBatchCmd;
  }

  /** An administrator's variable command: refused when it touches a decision variable. */
  private void checkDecisionVariables(CommandContext context, Set<String> names) {
    Set<String> decisions = new TreeSet<>(names);
    decisions.retainAll(decisionVariables.names(context));
    if (!decisions.isEmpty()) {
      refuse("决策变量 " + String.join("、", decisions) + " 只读：决定以系统的审批记录为准，管理员也不能修改");
    }
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN);
  }

  private void checkStart(CommandContext context, ProcessDefinitionEntity definition, Map<String, Object> variables) {
    if (definition == null) {
      return; // the command itself answers 404
    }
    FormDeclaration form = forms.ofStart(context, definition);
    // a start has nothing on display yet: a display field sent with a start is an undeclared variable like any other
    List<String> problems = inputProblems(form, variables, Set.of());
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("启动被拒绝：“" + definition.getName() + "”" + String.join("；", problems)
          + "；开始表单只提交 " + form.inputList());
    }
  }

  private void checkCompletion(CommandContext context, String taskId, Command<?> command, String variablesField) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers 404
    }
    FormDeclaration form = task.getProcessDefinitionId() == null ? FormDeclaration.NONE
        : forms.ofTask(context, definition(context, task.getProcessDefinitionId(), null), task.getTaskDefinitionKey());
    Map<String, Object> variables = field(command, variablesField);
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Set<String> shownAsBefore = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String name : variables.keySet()) {
      if (form.display().contains(name) && !form.inputs().containsKey(name)) {
        if (sameValue(variables.get(name), task.getVariable(name))) {
          shownAsBefore.add(name);
        } else {
          problems.add("只读显示项 " + name + " 不能修改");
        }
      }
    }
    problems.addAll(inputProblems(form, variables, shownAsBefore));
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("“" + task.getName() + "”" + String.join("；", problems) + "；本环节的表单只提交 "
          + form.inputList());
    }
    if (!shownAsBefore.isEmpty()) {
      LOG.debug("Task {} ({}): display fields {} sent back unchanged, not written", task.getId(),
          task.getTaskDefinitionKey(), shownAsBefore);
      Map<String, Object> inputs = new HashMap<>(variables);
      inputs.keySet().removeAll(shownAsBefore);
      setField(command, variablesField, Variables.fromMap(inputs));
    }
  }

  /** Every undeclared variable and every declared one of the wrong kind; the names in skip are judged elsewhere. */
  private static List<String> inputProblems(FormDeclaration form, Map<String, Object> variables, Set<String> skip) {
    List<String> problems = new ArrayList<>();
    if (variables == null) {
      return problems;
    }
    for (String name : new TreeSet<>(variables.keySet())) {
      if (skip.contains(name)) {
        continue;
      }
      FormDeclaration.Input input = form.inputs().get(name);
      if (input == null) {
        problems.add("不接受变量 " + name);
      } else if (!input.kind().accepts(variables.get(name))) {
        problems.add(input.describe(name) + "应为" + input.kind().label());
      }
    }
    return problems;
  }

  /** A display field sent back unchanged: equal values, numbers by value, empty and absent alike. */
  static boolean sameValue(Object sent, Object shown) {
    Object a = sent instanceof TypedValue typed ? typed.getValue() : sent;
    Object b = shown instanceof TypedValue typed ? typed.getValue() : shown;
    if (a instanceof String text && text.isEmpty()) {
      a = null;
    }
    if (b instanceof String text && text.isEmpty()) {
      b = null;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    return Objects.equals(a, b);
  }

  /** A candidate may take a task for themselves, and the assignee or a candidate may give it back. */
  private static void checkAssignment(CommandContext context, Authentication user, String taskId, String assignee) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return;
    }
    boolean candidate = false;
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (user.getUserId().equals(link.getUserId())
          || (link.getGroupId() != null && user.getGroupIds() != null && user.getGroupIds().contains(link.getGroupId())))) {
        candidate = true;
      }
    }
    boolean giveBack = assignee == null && (candidate || user.getUserId().equals(task.getAssignee()));
    boolean takeForSelf = user.getUserId().equals(assignee) && candidate;
    if (!giveBack && !takeForSelf) {
      refuse("任务只能由其候选单位的成员本人认领或退回，不能指派给 " + assignee);
    }
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      return id != null ? cache.findDeployedProcessDefinitionById(id)
          : key != null ? cache.findDeployedLatestProcessDefinitionByKey(key) : null;
    } catch (RuntimeException notFound) {
      return null; // unknown id or key: the command itself refuses it with the engine's own message
    }
  }

  private static Set<String> variableNames(Command<?> command) {
    Set<String> names = new TreeSet<>();
    for (String field : List.of("variables", "variableNames", "deletions")) {
      Object value = fieldOrNull(command, field);
      if (value instanceof Map<?, ?> map) {
        map.keySet().forEach(name -> names.add(String.valueOf(name)));
      } else if (value instanceof Collection<?> collection) {
        collection.forEach(name -> names.add(String.valueOf(name)));
      }
    }
    return names;
  }

  private static void refuse(String message) {
    throw new ProcedureRefusal(Response.Status.FORBIDDEN, message);
  }

  // The engine's commands keep their arguments in protected fields with no getters.

  @SuppressWarnings("unchecked")
  private static <V> V field(Object target, String name) {
    Object value = fieldOrNull(target, name);
    return (V) value;
  }

  private static Object fieldOrNull(Object target, String name) {
    Field field = find(target.getClass(), name);
    if (field == null) {
      return null;
    }
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + target.getClass().getName(), e);
    }
  }

  private static void setField(Object target, String name, Object value) {
    Field field = find(target.getClass(), name);
    try {
      field.set(target, value);
    } catch (IllegalAccessException | NullPointerException e) {
      throw new IllegalStateException("Cannot write " + name + " of " + target.getClass().getName(), e);
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }
}
