package edu.university.governance.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Whether a task or an execution (a process instance is one) is running, has ended, or never existed,
 * whoever asks: a primary-key read, without authorization checks. Engine REST answers 500 for most
 * requests about one that is gone (a colleague has just completed the task); the request guard asks
 * here first and answers 404 or 409.
 */
@Component
public class RuntimeLookup {

  public enum State { RUNNING, ENDED, UNKNOWN }

  private final CommandExecutor commands;

  public RuntimeLookup(ProcessEngine engine) {
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public State task(String taskId) {
    return commands.execute(context -> {
      if (context.getTaskManager().findTaskById(taskId) != null) {
        return State.RUNNING;
      }
      return context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null
          ? State.ENDED : State.UNKNOWN;
    });
  }

  public State execution(String executionId) {
    return commands.execute(context -> {
      if (context.getExecutionManager().findExecutionById(executionId) != null) {
        return State.RUNNING;
      }
      return context.getHistoricProcessInstanceManager().findHistoricProcessInstance(executionId) != null
          ? State.ENDED : State.UNKNOWN;
    });
  }
}
