package edu.university.governance.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Issue 14: however a procedure ends (an end event, or cancelled in Cockpit or engine-rest), the engine's history
 * reports it in the transaction that ends it, and the group that started it is told its outcome ({@link Outbox}).
 * The engine's own history is written by its default handler; this one only adds to the outbox.
 */
@Component
public class ProcedureEndNotice extends AbstractProcessEnginePlugin {

  /** Looked up when it is used: the outbox reads the engine's identity service, which this plugin helps build. */
  private final ObjectProvider<Outbox> outbox;

  public ProcedureEndNotice(ObjectProvider<Outbox> outbox) {
    this.outbox = outbox;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    // a handler of its own, not this bean: the Camunda starter takes the one HistoryEventHandler bean as the engine's
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        ended(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  void ended(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance
        && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())) {
      String name = instance.getProcessDefinitionName();
      if (name == null) {
        name = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(instance.getProcessDefinitionId()).getName();
      }
      outbox.getObject().procedureEnded(instance.getProcessInstanceId(),
          name == null ? instance.getProcessDefinitionKey() : name);
    }
  }
}
