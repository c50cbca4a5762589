package edu.university.governance.process.nomination;

import edu.university.governance.engine.ProcedureRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import edu.university.governance.process.ProcessTest;
import edu.university.governance.records.Nomination;
import edu.university.governance.rules.PoliticalStatus;
import edu.university.governance.rules.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of P3 (college-nomination), quota gateway and exceptions included, with 100 % coverage asserted. */
@Deployment(resources = {"bpmn/college-nomination.bpmn", "bpmn/quota-limits.dmn", "forms/college-nomination-start.form",
    "forms/nomination-review.form", "forms/nomination-appointment.form", "forms/quota-exception.form"})
class CollegeNominationTest extends ProcessTest {

  static final String KEY = "college-nomination";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.eligibleStudent("s-ok", "cs")
        .eligibleStudent("s-two", "cs")
        .student("s-rank", "cs", PoliticalStatus.CYL_MEMBER, 50, 100, 0)
        .eligibleStudent("s-econ", "econ")
        .registerNomination();
  }

  ProcessInstance nominate(String studentId, String post, String departmentId) {
    Map<String, Object> variables = withVariables("studentId", studentId, "unionId", "cs-su", "post", post);
    if (departmentId != null) {
      variables.put("departmentId", departmentId);
    }
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
  }

  /** League and Party organisation agree; the instance reaches the quota gateway. */
  ProcessInstance agreed(String studentId, String post, String departmentId) {
    ProcessInstance instance = nominate(studentId, post, departmentId);
    assertThat(instance).isWaitingAt("collegeLeagueReview");
    assertThat(task(instance)).hasCandidateGroup("college-cs-league");
    complete(task(instance), appointing("同意"));
    assertThat(task(instance)).hasCandidateGroup("college-cs-party");
    complete(task(instance), decision(true, "同意"));
    return instance;
  }

  String outcome(ProcessInstance instance) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("outcome").singleResult().getValue();
  }

  String reason(ProcessInstance instance) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("rejectionReason").singleResult().getValue();
  }

  @Test
  @DisplayName("P3 staff: branch → league → Party organisation → Q6/Q8 hold → APPOINTED on the roster")
  void staffAppointed() {
    ProcessInstance instance = agreed("s-ok", "STAFF", "office");
    assertThat(instance).isEnded().hasPassed("appointNominee", "appointed");
    assertThat(outcome(instance)).isEqualTo("APPOINTED");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).contains(Post.STAFF);
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("APPOINTED");
    assertThat(businessKey(instance)).isEqualTo("P3-" + thisYear() + "-s-ok");
  }

  @Test
  @DisplayName("D1 at P3: the college league agrees to a staff nominee only with the convention's signing date, not"
      + " missing, not tomorrow; the form shows the convention; the date goes onto the roster with the seat")
  void d1ConventionAtP3() {
    ProcessInstance instance = nominate("s-ok", "STAFF", "office");
    String league = task(instance).getId();
    assertThat((String) engine.getTaskService().getVariableLocal(league, "conventionText"))
        .startsWith("**学生会研究生会干部自律公约**").contains("第一条");
    java.time.LocalDate today = java.time.LocalDate.now(records.clock);
    assertThatThrownBy(() -> engine.getTaskService().complete(league, decision(true, "同意")))
        .isInstanceOf(ProcedureRefusal.class)
        .hasMessage("“学院团组织审核同意（P3）”：D1：任命前须记录本人签署《学生会研究生会干部自律公约》的日期（签署自律公约日期），未填写");
    Map<String, Object> tomorrow = decision(true, "同意");
    tomorrow.put("conventionSignedAt", today.plusDays(1).toString());
    assertThatThrownBy(() -> engine.getTaskService().complete(league, tomorrow))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("D1：签署自律公约日期 " + today.plusDays(1) + " 晚于今天");
    assertThat(instance).isWaitingAt("collegeLeagueReview");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId())).isEmpty();
    Map<String, Object> signed = decision(true, "同意");
    signed.put("conventionSignedAt", today.minusDays(3).toString());
    complete(task(instance), signed);
    complete(task(instance), decision(true, "同意"));
    assertThat(outcome(instance)).isEqualTo("APPOINTED");
    assertThat(records.roster.current("cs-su")).filteredOn(e -> e.studentId().equals("s-ok"))
        .singleElement().satisfies(e -> assertThat(e.conventionSignedAt()).isEqualTo(today.minusDays(3)));
  }

  @Test
  @DisplayName("D1 at P3: refusing needs no date, and neither does a presidium candidate (the congress appoints)")
  void d1NotForRefusalOrCandidate() {
    ProcessInstance refused = nominate("s-ok", "STAFF", "office");
    complete(task(refused), decision(false, "表现一般"));
    assertThat(outcome(refused)).isEqualTo("REJECTED");
    ProcessInstance candidate = nominate("s-two", "PRESIDIUM_CANDIDATE", null);
    complete(task(candidate), decision(true, "同意"));
    complete(task(candidate), decision(true, "同意"));
    assertThat(outcome(candidate)).isEqualTo("CANDIDATE_CONFIRMED");
  }

  @Test
  @DisplayName("P3: reviewers see the union's current quota figures on their task")
  void reviewersSeeQuotaFigures() {
    records.member("cs-su", "s-two", Post.DEPARTMENT_HEAD, "office");
    ProcessInstance instance = nominate("s-ok", "DEPARTMENT_HEAD", "office");
    String figures = (String) engine.getTaskService().getVariableLocal(task(instance).getId(), "quotaFigures");
    assertThat(figures).contains("Q6").contains("Q7").contains("Q8 部门 office 部门负责人：1（1–2，硬性）");
  }

  @Test
  @DisplayName("P3 presidium candidate → CANDIDATE_CONFIRMED for the college congress, no roster seat")
  void candidateConfirmed() {
    ProcessInstance instance = agreed("s-ok", "PRESIDIUM_CANDIDATE", null);
    assertThat(instance).isEnded().hasPassed("candidateConfirmed").hasNotPassed("appointNominee");
    assertThat(outcome(instance)).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
    Nomination nomination = records.nominations.byProcessInstance(instance.getId()).orElseThrow();
    assertThat(nomination.confirmedYear()).isNotNull();
  }

  @Test
  @DisplayName("One confirmed candidacy per student, union and year: a second P3 candidate nomination is refused,"
      + " naming the first; a staff nomination of the same student is not")
  void secondCandidacyRefused() {
    ProcessInstance first = agreed("s-ok", "PRESIDIUM_CANDIDATE", null);
    assertThat(outcome(first)).isEqualTo("CANDIDATE_CONFIRMED");
    int year = Year.now(records.clock).getValue();
    assertThatThrownBy(() -> nominate("s-ok", "PRESIDIUM_CANDIDATE", null))
        .isInstanceOf(ProcedureRefusal.class)
        .hasMessageStartingWith("启动被拒绝（P3）：学生 s-ok")
        .hasMessageContaining("经 P3 确认为")
        .hasMessageContaining(year + " 年的主席团候选人")
        .hasMessageContaining(java.time.LocalDate.now(records.clock) + " ")
        .hasMessageNotContaining(first.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(nominate("s-ok", "STAFF", "office")).isWaitingAt("collegeLeagueReview");
  }

  @Test
  @DisplayName("Q8 hard: a third head of one department ends QUOTA_EXCEEDED with the rule and figures")
  void headsHardLimit() {
    records.member("cs-su", "s-two", Post.DEPARTMENT_HEAD, "office");
    records.members("cs-su", "cs", "head", 1, Post.DEPARTMENT_HEAD, "office");
    ProcessInstance instance = agreed("s-ok", "DEPARTMENT_HEAD", "office");
    assertThat(instance).isEnded().hasPassed("quotaExceeded").hasNotPassed("quotaExceptionReview");
    assertThat(outcome(instance)).isEqualTo("QUOTA_EXCEEDED");
    assertThat(reason(instance)).startsWith("Q8：").contains("2/2");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
  }

  @Test
  @DisplayName("Q6 soft: the 31st member needs an exception; approved with a reason → APPOINTED")
  void softLimitExceptionApproved() {
    records.members("cs-su", "cs", "m", 30, Post.STAFF, "study");
    ProcessInstance instance = agreed("s-ok", "STAFF", "office");
    assertThat(instance).isWaitingAt("quotaExceptionReview");
    assertThat(task(instance)).hasCandidateGroup("youth-league");
    assertThat(instance).variables().containsEntry("quotaExceptionRules", "Q6")
        .extractingByKey("quotaReason").asString().startsWith("Q6：").contains("30/30");

    String taskId = task(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("approved", true)))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("必须写明理由");
    complete(task(instance), decision(true, "迎新工作需要，临时增加一人"));
    assertThat(instance).isEnded().hasPassed("appointWithException", "appointed");
    assertThat(outcome(instance)).isEqualTo("APPOINTED");
    assertThat(records.roster.counts("cs-su", edu.university.governance.rules.UnionLevel.COLLEGE).members()).isEqualTo(31);
  }

  @Test
  @DisplayName("Q6 soft: the exception refused → QUOTA_EXCEEDED naming Q6 and the committee's reason")
  void softLimitExceptionRefused() {
    records.members("cs-su", "cs", "m", 30, Post.STAFF, "study");
    ProcessInstance instance = agreed("s-ok", "STAFF", "office");
    complete(task(instance), decision(false, "人数已满，不予增加"));
    assertThat(instance).isEnded().hasPassed("summarizeQuotaRefusal", "exceptionRefusedEnd");
    assertThat(outcome(instance)).isEqualTo("QUOTA_EXCEEDED");
    assertThat(reason(instance)).startsWith("Q6：").contains("校团委审批超额例外（Q6）不同意：人数已满，不予增加");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
  }

  @Test
  @DisplayName("An approved soft exception never passes a hard limit reached meanwhile (Q8) → QUOTA_EXCEEDED")
  void hardLimitReachedWhileAwaitingException() {
    records.members("cs-su", "cs", "m", 29, Post.STAFF, "study");
    records.member("cs-su", "s-two", Post.DEPARTMENT_HEAD, "office");
    ProcessInstance instance = agreed("s-ok", "DEPARTMENT_HEAD", "office");
    assertThat(instance).isWaitingAt("quotaExceptionReview");
    records.members("cs-su", "cs", "late", 1, Post.DEPARTMENT_HEAD, "office");
    complete(task(instance), decision(true, "同意例外"));
    assertThat(instance).isEnded().hasPassed("quotaExceededAfterException");
    assertThat(outcome(instance)).isEqualTo("QUOTA_EXCEEDED");
    assertThat(reason(instance)).startsWith("Q8：");
  }

  /** The league agrees; the records change; the Party organisation agrees. */
  ProcessInstance agreedAfterChange(String studentId, String post, String departmentId) {
    ProcessInstance instance = nominate(studentId, post, departmentId);
    complete(task(instance), appointing("同意"));
    records.moved(studentId, "econ", 2);
    complete(task(instance), decision(true, "同意"));
    return instance;
  }

  @Test
  @DisplayName("P3 re-check: a candidate who moved college and failed courses since the start is not confirmed → INELIGIBLE")
  void candidateRechecked() {
    ProcessInstance instance = agreedAfterChange("s-ok", "PRESIDIUM_CANDIDATE", null);
    assertThat(instance).isEnded().hasPassed("recheckCandidate", "candidateIneligible").hasNotPassed("candidateConfirmed");
    assertThat(outcome(instance)).isEqualTo("INELIGIBLE");
    assertThat(reason(instance)).startsWith("确认前复核：").contains("E3：").contains("P3：");
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("INELIGIBLE");
    assertThat(records.nominations.confirmedCandidates("cs-su", Year.now(records.clock).getValue())).isEmpty();
  }

  @Test
  @DisplayName("P3 re-check: staff who failed courses since the start are not appointed → INELIGIBLE, no roster seat")
  void appointmentRechecked() {
    ProcessInstance instance = agreedAfterChange("s-ok", "STAFF", "office");
    assertThat(instance).isEnded().hasPassed("appointNominee", "appointmentIneligible").hasNotPassed("appointed");
    assertThat(outcome(instance)).isEqualTo("INELIGIBLE");
    assertThat(reason(instance)).contains("E3：").contains("P3：");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("INELIGIBLE");
  }

  @Test
  @DisplayName("P3 re-check: an approved quota exception does not appoint a nominee who failed courses meanwhile → INELIGIBLE")
  void appointmentAfterExceptionRechecked() {
    records.members("cs-su", "cs", "m", 30, Post.STAFF, "study");
    ProcessInstance instance = agreed("s-ok", "STAFF", "office");
    assertThat(instance).isWaitingAt("quotaExceptionReview");
    records.moved("s-ok", "cs", 1);
    complete(task(instance), decision(true, "迎新工作需要"));
    assertThat(instance).isEnded().hasPassed("appointWithException", "exceptionIneligible");
    assertThat(outcome(instance)).isEqualTo("INELIGIBLE");
    assertThat(reason(instance)).contains("E3：").doesNotContain("P3：");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
  }

  @Test
  @DisplayName("E2: an ineligible nominee ends INELIGIBLE at once")
  void ineligible() {
    ProcessInstance instance = nominate("s-rank", "STAFF", "office");
    assertThat(instance).isEnded().hasPassed("nomineeIneligible");
    assertThat(reason(instance)).startsWith("E2：");
  }

  @Test
  @DisplayName("P3/P4: the college league refusing → REJECTED; nothing changes in the roster")
  void leagueRefuses() {
    ProcessInstance instance = nominate("s-ok", "STAFF", "office");
    complete(task(instance), decision(false, "表现一般"));
    assertThat(instance).isEnded().hasPassed("nominationRejected").hasNotPassed("collegePartyDecision");
    assertThat(reason(instance)).isEqualTo("学院团组织审核同意（P3）不同意：表现一般");
    assertThat(records.roster.currentPost("cs-su", "s-ok")).isEmpty();
  }

  @Test
  @DisplayName("P3/P4: the college Party organisation refusing → REJECTED")
  void partyRefuses() {
    ProcessInstance instance = nominate("s-ok", "STAFF", "office");
    complete(task(instance), appointing("同意"));
    complete(task(instance), decision(false, "暂不任命"));
    assertThat(instance).isEnded().hasPassed("nominationRejected");
    assertThat(outcome(instance)).isEqualTo("REJECTED");
  }

  @Test
  @DisplayName("Start refusals: S3 post, department rules, union level and college, roster, class branch, duplicates")
  void startRefusals() {
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "VICE_CHAIR"), "S3：");
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "STAFF"), "缺少 departmentId");
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "STAFF", "departmentId", "moon"),
        "没有部门 moon");
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "PRESIDIUM_CANDIDATE",
        "departmentId", "office"), "主席团候选人不属于部门");
    refused(withVariables("studentId", "s-ok", "unionId", "school-su", "post", "STAFF", "departmentId", "office"),
        "school-su 是校级组织");
    refused(withVariables("studentId", "s-econ", "unionId", "cs-su", "post", "STAFF", "departmentId", "office"),
        "属于学院 econ");
    records.staffOf("cs-su", "s-two");
    refused(withVariables("studentId", "s-two", "unionId", "cs-su", "post", "DEPARTMENT_HEAD", "departmentId", "study"),
        "已在");
    engine.getIdentityService().setAuthentication("other", List.of("class-econ2301-branch"));
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "STAFF", "departmentId", "office"),
        "class-cs2301-branch");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    engine.getIdentityService().setAuthentication("branch", List.of("class-cs2301-branch"));
    assertThat(nominate("s-ok", "STAFF", "office")).isWaitingAt("collegeLeagueReview");
    refused(withVariables("studentId", "s-ok", "unionId", "cs-su", "post", "PRESIDIUM_CANDIDATE"), "不能同时被重复提名");
  }

  void refused(Map<String, Object> variables, String expected) {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, variables))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining(expected);
  }

  @Test
  @DisplayName("Quota table: deploying a new version of quota-limits.dmn changes the outcome, with no code change")
  void changedTableChangesOutcome() throws IOException {
    records.member("cs-su", "s-two", Post.DEPARTMENT_HEAD, "office");
    ProcessInstance before = agreed("s-ok", "DEPARTMENT_HEAD", "office");
    assertThat(outcome(before)).isEqualTo("APPOINTED");

    String table = Files.readString(Path.of("bpmn", "quota-limits.dmn"), StandardCharsets.UTF_8);
    String tightened = table.replace("<outputEntry id=\"rule-Q8-max\"><text>2</text></outputEntry>",
        "<outputEntry id=\"rule-Q8-max\"><text>1</text></outputEntry>");
    assertThat(tightened).isNotEqualTo(table);
    String deploymentId = engine.getRepositoryService().createDeployment()
        .addString("quota-limits.dmn", tightened).deploy().getId();
    try {
      records.eligibleStudent("s-three", "cs").member("cs-su", "s-three", Post.DEPARTMENT_HEAD, "study");
      records.eligibleStudent("s-four", "cs");
      ProcessInstance after = agreed("s-four", "DEPARTMENT_HEAD", "study");
      assertThat(outcome(after)).isEqualTo("QUOTA_EXCEEDED");
      assertThat(reason(after)).startsWith("Q8：").contains("1/1");
    } finally {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }
}
