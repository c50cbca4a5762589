package edu.university.governance.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Finds the deployed Camunda Form of a process's start event or of a user task (camunda:formRef) and what it
 * declares. Deployments never change, so each deployment's forms are parsed once and kept.
 */
@Component
public class DeclaredForms {

  private final Map<String, Map<String, FormDeclaration>> byDeployment = new ConcurrentHashMap<>();

  /** The form of the process's none start event, or {@link FormDeclaration#NONE}. */
  public FormDeclaration ofStart(CommandContext context, ProcessDefinitionEntity definition) {
    BpmnModelInstance model = model(context, definition);
    Process process = model.getModelElementById(definition.getKey());
    if (process == null) {
      return FormDeclaration.NONE;
    }
    for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
      if (start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null) {
        return form(context, definition, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
      }
    }
    return FormDeclaration.NONE;
  }

  /** The form of the user task of that definition key, or {@link FormDeclaration#NONE}. */
  public FormDeclaration ofTask(CommandContext context, ProcessDefinitionEntity definition, String taskDefinitionKey) {
    BaseElement element = model(context, definition).getModelElementById(taskDefinitionKey);
    if (!(element instanceof UserTask task) || task.getCamundaFormRef() == null) {
      return FormDeclaration.NONE;
    }
    return form(context, definition, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
  }

  /** Every user task of the definition (in subprocesses too) by its id, with its form or {@link FormDeclaration#NONE}. */
  public Map<String, FormDeclaration> ofTasks(CommandContext context, ProcessDefinitionEntity definition) {
    Map<String, FormDeclaration> tasks = new LinkedHashMap<>();
    for (UserTask task : model(context, definition).getModelElementsByType(UserTask.class)) {
      tasks.put(task.getId(), task.getCamundaFormRef() == null ? FormDeclaration.NONE
          : form(context, definition, task.getCamundaFormRef(), task.getCamundaFormRefBinding()));
    }
    return tasks;
  }

  /** The form of a task being completed (inside the engine's command). */
  public FormDeclaration ofTask(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    return task.getProcessDefinitionId() == null ? FormDeclaration.NONE : ofTask(context,
        context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(task.getProcessDefinitionId()), task.getTaskDefinitionKey());
  }

  /** The form of the user task an execution is at (inside the engine's command), e.g. in its end listener. */
  public FormDeclaration ofActivity(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    return execution.getProcessDefinitionId() == null || context == null ? FormDeclaration.NONE : ofTask(context,
        context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(execution.getProcessDefinitionId()), execution.getCurrentActivityId());
  }

  private static BpmnModelInstance model(CommandContext context, ProcessDefinitionEntity definition) {
    return context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definition.getId());
  }

  /** binding "deployment" (every model here): the form of the process's own deployment; otherwise the latest. */
  private FormDeclaration form(CommandContext context, ProcessDefinitionEntity definition, String formRef, String binding) {
    String deploymentId = definition.getDeploymentId();
    if (binding != null && !"deployment".equals(binding)) {
      CamundaFormDefinitionEntity latest = context.getCamundaFormDefinitionManager()
          .findLatestDefinitionByKey(formRef);
      if (latest != null) {
        deploymentId = latest.getDeploymentId();
      }
    }
    // a form missing from the deployment declares nothing: the guard then accepts no variable at all
    return forms(context, deploymentId).getOrDefault(formRef, FormDeclaration.NONE);
  }

  private Map<String, FormDeclaration> forms(CommandContext context, String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, id -> {
      Map<String, FormDeclaration> forms = new HashMap<>();
      for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(id)) {
        if (resource.getName().endsWith(".form")) {
          FormDeclaration form = FormDeclaration.parse(resource.getBytes());
          forms.put(form.formId(), form);
        }
      }
      return forms;
    });
  }
}
