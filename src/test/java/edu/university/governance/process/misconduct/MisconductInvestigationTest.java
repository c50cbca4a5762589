package edu.university.governance.process.misconduct;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.RosterEntry;
import edu.university.governance.rules.Post;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path of D3 (misconduct-investigation), the escalation timer included, with 100 % coverage asserted. */
@Deployment(resources = {"bpmn/misconduct-investigation.bpmn", "forms/misconduct-report-start.form",
    "forms/misconduct-investigation.form", "forms/misconduct-escalation.form"})
class MisconductInvestigationTest extends ProcessTest {

  static final String KEY = "misconduct-investigation";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.eligibleStudent("m-1", "cs").eligibleStudent("outsider", "cs")
        .member("cs-su", "m-1", Post.DEPARTMENT_HEAD, "office")
        .registerMisconduct();
  }

  ProcessInstance report(String studentId) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("studentId", studentId,
        "unionId", "cs-su", "allegation", "多次无故缺席值班并冒用学生会名义", "reportedBy", "学生甲"));
  }

  static Map<String, Object> handling(String handling, String findings) {
    return withVariables("handling", handling, "findings", findings);
  }

  RosterEntry member() {
    return records.roster.current("cs-su").stream().filter(e -> e.studentId().equals("m-1")).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{0}: the member stays on the roster")
  @ValueSource(strings = {"UNFOUNDED", "CRITICISM", "WARNING"})
  @DisplayName("D3: handled without removal → outcome is the handling, the member stays, no longer under investigation")
  void handledWithoutRemoval(String decision) {
    ProcessInstance instance = report("m-1");
    assertThat(member().underInvestigation()).isTrue();
    assertThat(task(instance)).hasCandidateGroup("youth-league");
    complete(task(instance), handling(decision, "经查：" + decision));
    assertThat(instance).isEnded().hasPassed("handledEnd").hasNotPassed("removeFromRoster")
        .variables().containsEntry("outcome", decision);
    assertThat(member()).isNotNull();
    assertThat(member().underInvestigation()).isFalse();
  }

  @Test
  @DisplayName("D3 REMOVED: the member leaves the roster at once and the seat is free (Q8 count drops)")
  void removed() {
    ProcessInstance instance = report("m-1");
    int headsBefore = records.roster.counts("cs-su", edu.university.governance.rules.UnionLevel.COLLEGE)
        .headsByDepartment().getOrDefault("office", 0);
    complete(task(instance), handling("REMOVED", "查实冒用学生会名义，撤销职务"));
    assertThat(instance).isEnded().hasPassed("removeFromRoster", "removedEnd")
        .variables().containsEntry("outcome", "REMOVED").containsEntry("removedFromRoster", true);
    assertThat(businessKey(instance)).isEqualTo("D3-" + thisYear() + "-m-1");
    assertThat(member()).isNull();
    assertThat(records.roster.counts("cs-su", edu.university.governance.rules.UnionLevel.COLLEGE)
        .headsByDepartment().getOrDefault("office", 0)).isEqualTo(headsBefore - 1);
    assertThat(records.jdbc.queryForObject("select end_reason from gov_roster where student_id = 'm-1'", String.class))
        .contains("查实冒用学生会名义");
  }

  @Test
  @DisplayName("D3 due date: the task is due in 7 days; when the timer fires the deputy secretary and the Party committee are alerted while the investigation stays open")
  void overdueEscalates() {
    ProcessInstance instance = report("m-1");
    assertThat(task(instance).getDueDate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
    Job timer = job(instance);
    assertThat(timer.getDuedate()).isEqualTo(task(instance).getDueDate());

    execute(timer);
    assertThat(instance).isWaitingAt("investigate", "escalateOverdue");
    var escalation = task("escalateOverdue", instance);
    assertThat(escalation).hasCandidateGroup("youth-league-deputy").hasCandidateGroup("party-committee");
    assertThatThrownBy(() -> engine.getTaskService().complete(escalation.getId()))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("必须填写意见");
    complete(escalation, withVariables("comment", "请于三日内完成调查"));
    assertThat(instance).isWaitingAt("investigate").hasPassed("escalated");

    complete(task("investigate", instance), handling("WARNING", "查实，予以警告"));
    assertThat(instance).isEnded().variables().containsEntry("outcome", "WARNING")
        .containsEntry("escalateOverdueComment", "请于三日内完成调查");
  }

  @Test
  @DisplayName("D3: a decision ends an escalation nobody has answered yet")
  void decisionEndsOpenEscalation() {
    ProcessInstance instance = report("m-1");
    execute(job(instance));
    complete(task("investigate", instance), handling("CRITICISM", "已批评教育"));
    assertThat(instance).isEnded().hasPassed("handlingDecided").hasNotPassed("escalated");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("D3 decision: handling must be one of the four and findings are required; the task stays open")
  void invalidDecisionRefused() {
    ProcessInstance instance = report("m-1");
    String taskId = task(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, handling("EXPELLED", "x")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("handling");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, handling("WARNING", " ")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("findings");
    assertThat(instance).isWaitingAt("investigate");
  }

  @Test
  @DisplayName("D3 start: an unknown student, or one not on that union's roster, is refused and no instance is left")
  void startRefusals() {
    assertThatThrownBy(() -> report("nobody")).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("学号 nobody 不存在");
    assertThatThrownBy(() -> report("outsider")).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("不在");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("studentId", "m-1",
        "unionId", "cs-su"))).isInstanceOf(ProcedureRefusal.class).hasMessageContaining("缺少 allegation")
        .hasMessageContaining("缺少 reportedBy");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(member().underInvestigation()).isFalse();
  }
}
