package edu.university.governance.process.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.ChairRotations;
import edu.university.governance.rules.ChairRotation;
import edu.university.governance.rules.Post;
import java.time.LocalDate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The semester timer (semester-schedule): S2 for every union, R1 for every union with someone to review. */
@Deployment(resources = {"bpmn/semester-schedule.bpmn", "bpmn/executive-chair-rotation.bpmn", "bpmn/performance-review.bpmn"})
class SemesterScheduleTest extends ProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage("executive-chair-rotation", "performance-review");

  @BeforeEach
  void records() {
    records.members("cs-su", "cs", "p", 3, Post.PRESIDIUM, null)
        .members("econ-su", "econ", "solo", 1, Post.PRESIDIUM, null)
        .registerSchedule()
        .registerRotation()
        .registerReview();
  }

  @Test
  @DisplayName("C/S2/R1 timer: at the start of a semester every union is rotated and the ended semester's reviews start")
  void semesterBegins() {
    var timer = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(timer).as("the semester timer is scheduled at deployment").isNotNull();
    execute(timer);

    ChairRotations chairs = records.chairRotations();
    String semester = ChairRotation.semesterOf(LocalDate.now(records.clock));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("executive-chair-rotation")
        .completed().count()).as("one rotation per union").isEqualTo(records.unions.findAll().size());
    assertThat(chairs.current("cs-su").orElseThrow().semester()).isEqualTo(semester);
    assertThat(chairs.current("econ-su").orElseThrow().studentId()).isEqualTo("solo-1");
    assertThat(chairs.current("school-su")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("performance-review").count())
        .as("reviews for the unions with someone to review").isEqualTo(2);
    assertThat(engine.getManagementService().createJobQuery().timers().count()).as("the next semester's timer").isEqualTo(1);

    // the schedule waits for the reviews; once every reviewee has reported and been rated, it ends
    var tasks = engine.getTaskService();
    for (int round = 0; round < 2; round++) {
      for (var task : tasks.createTaskQuery().list()) {
        tasks.complete(task.getId(), task.getTaskDefinitionKey().equals("submitReport")
            ? java.util.Map.of("workReport", "述职")
            : java.util.Map.of("politicalAttitude", 4, "moralConduct", 4, "study", 4, "workResults", 4, "discipline", 4));
      }
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("semester-schedule")
        .completed().count()).isEqualTo(1);
  }
}
