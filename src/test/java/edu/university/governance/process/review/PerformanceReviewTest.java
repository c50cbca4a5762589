package edu.university.governance.process.review;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.Reviews;
import edu.university.governance.rules.Post;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of R1–R3 (performance-review). */
@Deployment(resources = {"bpmn/performance-review.bpmn", "forms/performance-review-start.form", "forms/work-report.form",
    "forms/performance-rating.form"})
class PerformanceReviewTest extends ProcessTest {

  static final String KEY = "performance-review";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  Reviews reviews;

  @BeforeEach
  void records() {
    records.members("cs-su", "cs", "p", 2, Post.PRESIDIUM, null)
        .members("cs-su", "cs", "h", 1, Post.DEPARTMENT_HEAD, "office")
        .members("cs-su", "cs", "s", 1, Post.STAFF, "office")
        .registerReview();
    reviews = records.reviews();
  }

  ProcessInstance review(String unionId, String semester) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("unionId", unionId, "semester", semester));
  }

  Task task(ProcessInstance instance, String key, String studentId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list()
        .stream().filter(t -> studentId.equals(engine.getTaskService().getVariable(t.getId(), "revieweeId")))
        .findFirst().orElseThrow();
  }

  static Map<String, Object> ratings(Object a, Object b, Object c, Object d, Object e) {
    return withVariables("politicalAttitude", a, "moralConduct", b, "study", c, "workResults", d, "discipline", e,
        "comment", "认真负责");
  }

  void reportAndRate(ProcessInstance instance, String studentId, Map<String, Object> ratings) {
    engine.getTaskService().complete(task(instance, "submitReport", studentId).getId(),
        withVariables("workReport", studentId + " 的述职报告"));
    engine.getTaskService().complete(task(instance, "rateMember", studentId).getId(), ratings);
  }

  @Test
  @DisplayName("R1–R3: every presidium member and head reports, the board rates five aspects, results rank on merit")
  void semesterReview() {
    ProcessInstance instance = review("cs-su", "2026-2027-1");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("submitReport").count())
        .as("presidium and heads, not staff").isEqualTo(3);
    assertThat(task(instance, "submitReport", "p-1")).hasCandidateGroup("union-cs-su");
    assertThat(engine.getTaskService().getVariable(task(instance, "submitReport", "h-1").getId(), "memberPost"))
        .isEqualTo("部门负责人（办公室）");
    reportAndRate(instance, "p-1", ratings(3, 3, 3, 3, 3));
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("rateMember").count())
        .as("a member is rated only after reporting").isZero();
    reportAndRate(instance, "p-2", ratings("4", "4", "4", "4", "4"));
    reportAndRate(instance, "h-1", ratings(5, 5, 4, 5, 5));
    assertThat(instance).isEnded().hasPassed("reviewCompleted").variables().containsEntry("outcome", "COMPLETED");
    assertThat(businessKey(instance)).isEqualTo("R-2026-2027-1-cs-su");
    var ranking = reviews.ranking("cs-su", "2026-2027-1");
    assertThat(ranking).extracting(Reviews.Result::studentId).containsExactly("h-1", "p-2", "p-1");
    assertThat(ranking.get(0).ratings()).containsEntry("workResults", 5).containsEntry("study", 4);
  }

  @Test
  @DisplayName("R2: a rating outside 1–5 or a missing work report is refused; the task stays open")
  void invalidInputRefused() {
    ProcessInstance instance = review("cs-su", "2026-2027-1");
    String reportTask = task(instance, "submitReport", "p-1").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(reportTask, withVariables("workReport", " ")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("述职报告");
    engine.getTaskService().complete(reportTask, withVariables("workReport", "报告"));
    String rateTask = task(instance, "rateMember", "p-1").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(rateTask, ratings(6, 3, 3, 3, 3)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("politicalAttitude");
    assertThatThrownBy(() -> engine.getTaskService().complete(rateTask, ratings(3, 3, "好", 3, 3)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("study（学习情况）");
    assertThat(engine.getTaskService().createTaskQuery().taskId(rateTask).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R1 start refusals: malformed semester, a semester reviewed twice, nobody to review, the wrong starter")
  void startRefusals() {
    assertThatThrownBy(() -> review("cs-su", "2026")).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("2026-2027-1");
    review("cs-su", "2026-2027-1");
    assertThatThrownBy(() -> review("cs-su", "2026-2027-1")).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("已经发起");
    assertThatThrownBy(() -> review("econ-su", "2026-2027-1")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("没有主席团成员或部门负责人");
    engine.getIdentityService().setAuthentication("u", List.of("union-cs-su"));
    assertThatThrownBy(() -> review("cs-su", "2026-2027-2")).isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("youth-league");
  }
}
