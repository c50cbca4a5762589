package edu.university.governance.process;

import edu.university.governance.records.CongressYears;
import edu.university.governance.records.InvestigationRepository;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.records.VolunteerRepository;
import edu.university.governance.records.WorkReportRepository;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * However an instance ends, the records stay true. Its end listeners close its nomination or investigation, but
 * Cockpit and engine-rest can cancel an instance with custom listeners skipped; the engine's history still reports
 * that end, in the same transaction, and here whatever the instance left open is closed: the nomination and the
 * investigation as CANCELLED (so the member is no longer "under investigation"), the project's volunteers released,
 * a work report (O1) deleted, so that the union may report for that semester again, and a congress or a congress
 * reminder (C1) deleted, so that the year's overview no longer counts it.
 */
@Component
public class ProcedureClosing extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  static final String REASON = "流程实例已被取消";

  private final NominationRepository nominations;
  private final InvestigationRepository investigations;
  private final VolunteerRepository volunteers;
  private final WorkReportRepository workReports;
  private final CongressYears congresses;

  public ProcedureClosing(NominationRepository nominations, InvestigationRepository investigations,
                          VolunteerRepository volunteers, WorkReportRepository workReports, CongressYears congresses) {
    this.congresses = congresses;
    this.nominations = nominations;
    this.investigations = investigations;
    this.volunteers = volunteers;
    this.workReports = workReports;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(this);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance
        && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())
        && (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
            || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState()))) {
      String processInstanceId = instance.getProcessInstanceId();
      nominations.close(processInstanceId, Nomination.CANCELLED, null, REASON);
      investigations.close(processInstanceId, Nomination.CANCELLED, null);
      volunteers.releaseAll(processInstanceId);
      workReports.cancel(processInstanceId);
      congresses.cancel(processInstanceId);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
