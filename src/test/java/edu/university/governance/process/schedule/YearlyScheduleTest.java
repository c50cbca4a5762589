package edu.university.governance.process.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import edu.university.governance.process.ProcessTest;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C1: the yearly timer convenes the congress of every school union, never skipped. */
@Deployment(resources = {"bpmn/yearly-schedule.bpmn", "bpmn/student-congress.bpmn", "bpmn/quota-limits.dmn"})
class YearlyScheduleTest extends ProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage("student-congress");

  @BeforeEach
  void records() {
    records.eligibleStudent("a", "cs").eligibleStudent("b", "econ")
        .registerSchedule()
        .registerCongress();
  }

  @Test
  @DisplayName("C1: every 1 October the congress of each school union is convened for the year, representing every student")
  void yearlyCongress() {
    var timer = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(timer).isNotNull();
    execute(timer);
    var congresses = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("student-congress").list();
    assertThat(congresses).hasSize(2);
    assertThat(congresses).extracting(c -> engine.getRuntimeService().getVariable(c.getId(), "unionId"))
        .containsExactlyInAnyOrder("school-su", "school-gsu");
    assertThat(engine.getRuntimeService().getVariable(congresses.get(0).getId(), "studentsRepresented")).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("yearly-schedule")
        .completed().count()).isEqualTo(1);
    assertThat(engine.getManagementService().createJobQuery().timers().count()).as("next year's timer").isEqualTo(1);
  }
}
