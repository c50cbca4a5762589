package edu.university.governance.process.activity;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of D2 (major-activity-report): routing, the escalation table, withdrawal, volunteers and their release. */
@Deployment(resources = {"bpmn/major-activity-report.bpmn", "bpmn/activity-escalation.dmn",
    "forms/activity-report-start.form", "forms/activity-review.form", "forms/activity-withdraw.form",
    "forms/volunteer-recruitment.form", "forms/activity-summary.form"})
class MajorActivityReportTest extends ProcessTest {

  static final String KEY = "major-activity-report";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.eligibleStudent("v-1", "cs").eligibleStudent("v-2", "cs")
        .eligibleStudent("v-3", "cs")
        .registerActivity();
  }

  static Map<String, Object> report(String unionId, String category, Object budget, Object volunteers) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(10);
    return withVariables("unionId", unionId, "title", "迎新晚会", "category", category, "description", "全校迎新晚会",
        "startsAt", start.toString(), "endsAt", start.plusHours(3).toString(), "budgetYuan", budget,
        "volunteersNeeded", volunteers);
  }

  ProcessInstance start(Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
  }

  /** The activity has ended: the timer fires, volunteers are released, the union submits its summary. */
  void finish(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("activityEnded");
    execute(job(instance));
    assertThat(task(instance)).hasCandidateGroup("union-" + engine.getRuntimeService().getVariable(instance.getId(), "unionId"));
    complete(task(instance), withVariables("comment", "活动顺利举行"));
    assertThat(instance).isEnded().hasPassed("releaseVolunteers", "activityCompleted")
        .variables().containsEntry("outcome", "APPROVED");
  }

  @Test
  @DisplayName("issue 14: D2's optional 撤回报告 (notify=false) is not announced as work to do; the deputy secretary's review is")
  void withdrawalNotAnnounced() {
    List<String> announced = new ArrayList<>();
    Mocks.register("taskNotice", (TaskListener) task -> announced.add(task.getTaskDefinitionKey()));
    ProcessInstance instance = start(report("school-su", "ACTIVITY", 3000, 0));
    assertThat(instance).isWaitingAt("deputyReview", "withdrawReport");
    assertThat(announced).containsExactly("deputyReview");
  }

  @Test
  @DisplayName("D2 school union: straight to the deputy secretary; within the league's authority → APPROVED, summary after the end")
  void schoolActivityApproved() {
    ProcessInstance instance = start(report("school-su", "ACTIVITY", 3000, 0));
    assertThat(instance).isWaitingAt("deputyReview", "withdrawReport");
    assertThat(task("deputyReview", instance)).hasCandidateGroup("youth-league-deputy");
    complete(task("deputyReview", instance), decision(true, "同意"));
    assertThat(instance).hasPassed("decideEscalation", "decidedApproved", "activityApproved").hasNotPassed("partyDecision")
        .variables().containsEntry("toPartyCommittee", false).containsEntry("outcome", "APPROVED");
    assertThat(businessKey(instance)).startsWith("D2-" + thisYear() + "-school-su-");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("withdrawReport").count()).isZero();
    finish(instance);
  }

  @Test
  @DisplayName("D2 college union: its college league forwards; an important decision goes to the college Party organisation")
  void collegeDecisionEscalated() {
    ProcessInstance instance = start(report("cs-su", "IMPORTANT_DECISION", 0, 0));
    assertThat(task("collegeForward", instance)).hasCandidateGroup("college-cs-league");
    complete(task("collegeForward", instance), decision(true, "转报"));
    complete(task("deputyReview", instance), decision(true, "同意"));
    assertThat(task("partyDecision", instance)).hasCandidateGroup("college-cs-party");
    assertThat(instance).variables().containsEntry("escalationReason", "重要事项决策");
    complete(task("partyDecision", instance), decision(true, "同意"));
    finish(instance);
  }

  @Test
  @DisplayName("D2 budget of 50 000 yuan or more → the school Party committee decides; refusing → REJECTED")
  void bigBudgetToPartyCommittee() {
    ProcessInstance instance = start(report("school-su", "FUNDS_AND_MATERIALS", 60000.5, 0));
    complete(task("deputyReview", instance), decision(true, "同意"));
    assertThat(task("partyDecision", instance)).hasCandidateGroup("party-committee");
    complete(task("partyDecision", instance), decision(false, "经费过高"));
    assertThat(instance).isEnded().hasPassed("rejectedEnd").variables().containsEntry("outcome", "REJECTED")
        .containsEntry("rejectionReason", "党委审定重大事项（D2）不同意：经费过高");
  }

  @Test
  @DisplayName("D2 refusals: the college league or the deputy secretary refusing → REJECTED with the reason")
  void refusals() {
    ProcessInstance college = start(report("cs-su", "ACTIVITY", 0, 0));
    complete(task("collegeForward", college), decision(false, "时间冲突"));
    assertThat(college).isEnded().hasPassed("rejectedEnd")
        .variables().containsEntry("rejectionReason", "学院团组织审核并转报（D2）不同意：时间冲突");
    ProcessInstance school = start(report("school-su", "INFORMATION_RELEASE", 0, 0));
    complete(task("deputyReview", school), decision(false, "口径未审"));
    assertThat(school).isEnded().hasPassed("rejectedEnd").variables().containsEntry("outcome", "REJECTED");
  }

  @Test
  @DisplayName("D2: the union withdraws before a decision → WITHDRAWN, the review tasks are gone")
  void withdrawn() {
    ProcessInstance instance = start(report("school-su", "EXTERNAL_CONTACT", 0, 0));
    assertThat(task("withdrawReport", instance)).hasCandidateGroup("union-school-su");
    assertThatThrownBy(() -> engine.getTaskService().complete(task("withdrawReport", instance).getId()))
        .isInstanceOf(ProcedureRefusal.class);
    complete(task("withdrawReport", instance), withVariables("comment", "活动取消"));
    assertThat(instance).isEnded().hasPassed("reportWithdrawn", "withdrawnEnd")
        .variables().containsEntry("outcome", "WITHDRAWN");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("deputyReview").singleResult().getDeleteReason()).isNotEqualTo("completed");
  }

  @Test
  @DisplayName("S4: volunteers are recorded for this activity only, never on the roster, and released when it ends")
  void volunteersRecruitedAndReleased() {
    ProcessInstance instance = start(report("cs-su", "ACTIVITY", 0, 2));
    complete(task("collegeForward", instance), decision(true, "转报"));
    complete(task("deputyReview", instance), decision(true, "同意"));
    assertThat(instance).isWaitingAt("recruitVolunteers");
    String taskId = task(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("volunteerIds", "v-1 v-2 v-3")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("超过所需的 2 名");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("volunteerIds", "v-1,ghost")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("ghost");
    complete(task(instance), withVariables("volunteerIds", "v-1\nv-2"));
    assertThat(records.volunteers.serving(instance.getId())).isEqualTo(2);
    assertThat(records.roster.current("cs-su")).extracting(e -> e.studentId()).doesNotContain("v-1", "v-2");
    finish(instance);
    assertThat(records.volunteers.serving(instance.getId())).isZero();
    assertThat(instance).variables().containsEntry("volunteersReleased", 2);
  }

  @Test
  @DisplayName("D2 start refusals: not in advance, end before start, bad types, unknown union, another union's starter")
  void startRefusals() {
    OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(6);
    Map<String, Object> early = report("school-su", "ACTIVITY", 0, 0);
    early.put("startsAt", soon.toString());
    early.put("endsAt", soon.plusHours(2).toString());
    refused(early, "D2：须事先报告");
    Map<String, Object> backwards = report("school-su", "ACTIVITY", 0, 0);
    backwards.put("endsAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(9).toString());
    refused(backwards, "须晚于开始时间");
    Map<String, Object> noOffset = report("school-su", "ACTIVITY", 0, 0);
    noOffset.put("startsAt", "2030-01-01T09:00");
    refused(noOffset, "带时区的 ISO-8601 时间");
    refused(report("school-su", "PARTY", -1, 2.5), "category（类别）应为");
    refused(report("school-su", "ACTIVITY", -1, 0), "budgetYuan");
    refused(report("school-su", "ACTIVITY", 0, 2.5), "volunteersNeeded（所需志愿者人数）应为整数");
    refused(report("moon-su", "ACTIVITY", 0, 0), "学生组织 moon-su 不存在");
    engine.getIdentityService().setAuthentication("cs", List.of("union-cs-su"));
    refused(report("school-su", "ACTIVITY", 0, 0), "union-school-su");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  void refused(Map<String, Object> variables, String expected) {
    assertThatThrownBy(() -> start(variables)).isInstanceOf(ProcedureRefusal.class).hasMessageContaining(expected);
  }
}
