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

/**
 * The semester timer (semester-schedule): S2 for every union, R1 for every union with someone to review, O1 for every
 * school union that has not opened its work report by hand.
 */
@Deployment(resources = {"bpmn/semester-schedule.bpmn", "bpmn/executive-chair-rotation.bpmn", "bpmn/performance-review.bpmn",
    "bpmn/union-work-report.bpmn"})
class SemesterScheduleTest extends ProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage("executive-chair-rotation", "performance-review",
      "union-work-report");

  @BeforeEach
  void records() {
    records.members("cs-su", "cs", "p", 3, Post.PRESIDIUM, null)
        .members("econ-su", "econ", "solo", 1, Post.PRESIDIUM, null)
        .registerSchedule()
        .registerRotation()
        .registerReview()
        .registerWorkReport(30);
  }

  @Test
  @DisplayName("C/S2/R1/O1 timer: at the start of a semester every union is rotated, the ended semester's reviews and every school union's work report start")
  void semesterBegins() {
    var timer = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(timer).as("the semester timer is scheduled at deployment").isNotNull();
    // school-gsu's presidium opened this semester's work report by hand before the timer: it is not started again
    String semesterNow = ChairRotation.semesterOf(LocalDate.now(records.clock));
    var byHand = engine.getRuntimeService().startProcessInstanceByKey("union-work-report",
        java.util.Map.of("unionId", "school-gsu", "semester", semesterNow));
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
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("semester-schedule").timers().count())
        .as("the next semester's timer").isEqualTo(1);
    var reports = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("union-work-report").list();
    assertThat(reports).as("O1: every school union, school-gsu's by hand, no college union").hasSize(2)
        .extracting(report -> report.getBusinessKey())
        .containsExactlyInAnyOrder("O1-" + semesterNow + "-school-su", "O1-" + semesterNow + "-school-gsu");
    assertThat(records.workReports.of("school-su", semesterNow)).isPresent();
    assertThat(records.workReports.of("cs-su", semesterNow)).isEmpty();

    // the schedule waits for the reviews and the school unions' reports; once every reviewee has reported and been
    // rated and every report has been heard, it ends
    var tasks = engine.getTaskService();
    for (int round = 0; round < 2; round++) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("semester-schedule")
          .completed().count()).isZero();
      for (var task : tasks.createTaskQuery().list()) {
        tasks.complete(task.getId(), switch (task.getTaskDefinitionKey()) {
          case "submitReport" -> java.util.Map.of("workReport", "述职");
          case "submitWorkReport" -> java.util.Map.of("workDone", "本学期工作", "workPlans", "下学期计划");
          case "partyHearing" -> java.util.Map.of("comment", "已听取");
          default -> java.util.Map.of("politicalAttitude", 4, "moralConduct", 4, "study", 4, "workResults", 4,
              "discipline", 4);
        });
      }
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("semester-schedule")
        .completed().count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("union-work-report")
        .completed().count()).as("both reports heard, the one opened by hand as well").isEqualTo(2);
    assertThat(byHand.getBusinessKey()).isEqualTo("O1-" + semesterNow + "-school-gsu");
  }
}
