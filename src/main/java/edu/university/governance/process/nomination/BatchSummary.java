package edu.university.governance.process.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.records.NominationRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "nomineeOutcomes": every P2 nominee's outcome and reason, as a JSON array (CONTRACT.md), from the records. */
@Component("batchSummary")
public class BatchSummary implements JavaDelegate {

  private final NominationRepository nominations;
  private final ObjectMapper json = new ObjectMapper();

  public BatchSummary(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    List<Map<String, Object>> outcomes = nominations.allOfProcessInstance(execution.getProcessInstanceId()).stream()
        .map(n -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("studentId", n.studentId());
          row.put("departmentId", n.departmentId());
          row.put("post", n.post());
          row.put("outcome", n.status());
          row.put("reason", n.reason());
          return row;
        }).toList();
    execution.setVariable("nomineeOutcomes", json.writeValueAsString(outcomes));
  }
}
