package edu.university.governance.engine;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.runtime.ConditionHandlerResult;
import org.camunda.bpm.engine.impl.runtime.ConditionSet;
import org.camunda.bpm.engine.impl.runtime.DefaultConditionHandler;
import org.springframework.stereotype.Component;

/**
 * POST /engine-rest/condition when no deployed process has a conditional start event (none of ours has),
 * or naming a process definition that has none or does not exist: Camunda throws a plain
 * ProcessEngineException (ENGINE-13043/13044, or a NullValueException), which engine-rest answers with 500.
 * The same refusals as a BadUserRequestException, which it answers with 400.
 */
@Component
public class ConditionalStartRefusal extends AbstractProcessEnginePlugin {

  static final String NOTHING_TO_START = "没有可按条件启动的流程：已部署的流程都没有条件启动事件";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setConditionHandler(new Handler());
  }

  static final class Handler extends DefaultConditionHandler {

    @Override
    protected List<ConditionHandlerResult> evaluateConditionStartByEventSubscription(CommandContext context,
                                                                                    ConditionSet conditions) {
      if (findConditionalStartEventSubscriptions(context, conditions).isEmpty()) {
        throw new BadUserRequestException(NOTHING_TO_START);
      }
      return super.evaluateConditionStartByEventSubscription(context, conditions);
    }

    @Override
    protected List<ConditionHandlerResult> evaluateConditionStartByProcessDefinitionId(CommandContext context,
        ConditionSet conditions, String processDefinitionId) {
      if (context.getProcessDefinitionManager().findLatestProcessDefinitionById(processDefinitionId) == null) {
        throw new BadUserRequestException("流程定义 " + processDefinitionId + " 不存在");
      }
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId);
      if (!definition.isSuspended() && findConditionalStartEventActivities(definition).isEmpty()) {
        throw new BadUserRequestException("流程定义 " + processDefinitionId + " 没有条件启动事件，无法按条件启动");
      }
      return super.evaluateConditionStartByProcessDefinitionId(context, conditions, processDefinitionId);
    }
  }
}
