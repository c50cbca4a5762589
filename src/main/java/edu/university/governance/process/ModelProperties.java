package edu.university.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads a camunda:property of the element an execution is at: the models carry rule ids and outcomes. */
public final class ModelProperties {

  private ModelProperties() {
  }

  public static String of(DelegateExecution execution, String name) {
    BaseElement element = execution.getBpmnModelElementInstance();
    return element == null ? null : property(element, name);
  }

  public static String property(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (name.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }

  /** The key of the process an element belongs to: the id of its process element. */
  public static String processKey(ModelElementInstance element) {
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    if (element == null) {
      throw new IllegalStateException("Element outside a process");
    }
    return ((Process) element).getId();
  }
}
