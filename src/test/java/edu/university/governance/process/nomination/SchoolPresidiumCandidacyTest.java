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
import java.time.Year;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of P1 (school-presidium-candidacy), with 100 % flow-node and sequence-flow coverage asserted. */
@Deployment(resources = {"bpmn/school-presidium-candidacy.bpmn", "forms/school-presidium-candidacy-start.form",
    "forms/candidacy-review.form", "forms/candidacy-decision.form"})
class SchoolPresidiumCandidacyTest extends ProcessTest {

  static final String KEY = "school-presidium-candidacy";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage();

  @BeforeEach
  void records() {
    records.eligibleStudent("s-ok", "cs")
        .student("s-masses", "cs", PoliticalStatus.MASSES, 5, 120, 0)
        .student("s-rank", "cs", PoliticalStatus.CYL_MEMBER, 41, 120, 0)
        .student("s-failed", "cs", PoliticalStatus.CPC_MEMBER, 5, 120, 2)
        .eligibleStudent("s-econ", "econ")
        .registerNomination();
  }

  ProcessInstance nominate(String studentId, String basis) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables("studentId", studentId,
        "unionId", "school-su", "basis", basis, "statement", "学习优秀，工作认真"));
  }

  ProcessInstance atJointReview() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    assertThat(instance).isWaitingAt("collegePartyReview");
    complete(task(instance), decision(true, "同意推荐"));
    return instance;
  }

  void jointReview(ProcessInstance instance, boolean studentAffairs, boolean graduateAffairs, boolean youthLeague) {
    assertThat(instance).isWaitingAt("studentAffairsReview", "graduateAffairsReview", "youthLeagueReview");
    complete(task("studentAffairsReview", instance), decision(studentAffairs, studentAffairs ? "同意" : "学工部：材料不全"));
    complete(task("graduateAffairsReview", instance), decision(graduateAffairs, graduateAffairs ? "同意" : "研工部：不同意"));
    complete(task("youthLeagueReview", instance), decision(youthLeague, youthLeague ? "同意" : "团委：群众基础不足"));
    // the join is synchronous (simultaneous completions are retried, ConcurrentCompletionRetry): no job in between
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("P1 happy path: college Party, three offices and Party committee agree → CANDIDATE_CONFIRMED")
  void confirmed() {
    ProcessInstance instance = atJointReview();
    assertThat(task("collegePartyReview", instance)).isNull();
    jointReview(instance, true, true, true);

    assertThat(instance).isWaitingAt("partyCommitteeDecision");
    assertThat(task(instance)).hasCandidateGroup("party-committee");
    // the approval record of the Party committee's form: the four earlier decisions, in order, from gov_decision
    String record = (String) engine.getTaskService().getVariableLocal(task(instance).getId(), "approvalRecord");
    assertThat(record.split("\n")).hasSize(4);
    assertThat(record.split("\n")[0]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 学院党组织审核同意（P1.2） "
        + "college-cs-party 系统：同意。同意推荐");
    assertThat(record).contains("学生工作部（处）审核（P1.3） student-affairs 系统：同意。同意")
        .contains("研究生工作部审核（P1.3） graduate-affairs").contains("校团委审核（P1.3） youth-league");
    complete(task(instance), decision(true, "同意"));

    assertThat(instance).isEnded().hasPassed("candidateConfirmed")
        .variables().containsEntry("outcome", "CANDIDATE_CONFIRMED")
        .containsEntry("collegePartyReviewComment", "同意推荐")
        .containsEntry("studentAffairsReviewApproved", true)
        .containsEntry("graduateAffairsReviewApproved", true)
        .containsEntry("youthLeagueReviewApproved", true)
        .doesNotContainKey("rejectionReason");
    assertThat(businessKey(instance)).isEqualTo("P1-" + thisYear() + "-s-ok");
    Nomination nomination = records.nominations.byProcessInstance(instance.getId()).orElseThrow();
    assertThat(nomination.status()).isEqualTo(Nomination.CANDIDATE_CONFIRMED);
    assertThat(records.nominations.confirmedCandidates("school-su", Year.now(records.clock).getValue()))
        .extracting(Nomination::studentId).containsExactly("s-ok");
  }

  @Test
  @DisplayName("P1.2: the nominee's own college Party organisation reviews first")
  void collegePartyOfTheNomineesCollege() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    assertThat(task(instance)).hasCandidateGroup("college-cs-party");
    assertThat(instance).variables().containsEntry("collegeId", "cs").containsEntry("nomineeName", "学生s-ok");
    // the task names its subject from the records (PresentTask), the decision record keeps the step's own name
    assertThat(task(instance).getName()).isEqualTo("学院党组织审核同意（P1.2） · s-ok 学生s-ok · cs 学院");
    assertThat(task(instance).getDescription()).isEqualTo("s-ok 学生s-ok · cs 学院 · 校级学生会");
  }

  @ParameterizedTest(name = "{0} → INELIGIBLE, reason starts with {1}")
  @CsvSource({"s-masses,E1", "s-rank,E2", "s-failed,E3"})
  @DisplayName("E1–E3: an ineligible nominee ends at once")
  void ineligible(String studentId, String rule) {
    ProcessInstance instance = nominate(studentId, "OUTSTANDING_STUDENT");

    assertThat(instance).isEnded().hasPassed("nomineeIneligible").hasNotPassed("collegePartyReview")
        .variables().containsEntry("outcome", "INELIGIBLE");
    String reason = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("rejectionReason").singleResult().getValue();
    assertThat(reason).startsWith(rule + "：");
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("INELIGIBLE");
  }

  @Test
  @DisplayName("E2 reason names the figures: rank 41/120 (34.2%) against the top 30%")
  void rankFigures() {
    ProcessInstance instance = nominate("s-rank", "OUTSTANDING_STUDENT");
    assertThat(instance).variables().extractingByKey("rejectionReason").asString()
        .contains("41/120").contains("34.2%").contains("30%");
  }

  @Test
  @DisplayName("P1 representativeness: a nominee claimed as college-union staff must be on a college roster")
  void basisCheckedAgainstRoster() {
    ProcessInstance claimed = nominate("s-ok", "COLLEGE_UNION_STAFF");
    assertThat(claimed).isEnded().hasPassed("nomineeIneligible")
        .variables().extractingByKey("rejectionReason").asString().startsWith("P1：");

    records.staffOf("cs-su", "s-ok");
    ProcessInstance onRoster = nominate("s-ok", "COLLEGE_UNION_STAFF");
    assertThat(onRoster).isWaitingAt("collegePartyReview");
  }

  @Test
  @DisplayName("P1.2 refused → REJECTED with the college Party organisation's reason; nothing about the nominee changes (P4)")
  void collegePartyRefuses() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    complete(task(instance), decision(false, "该生近期受过通报"));

    assertThat(instance).isEnded().hasPassed("summarizeRejection", "nominationRejected")
        .hasNotPassed("studentAffairsReview").variables().containsEntry("outcome", "REJECTED")
        .extractingByKey("rejectionReason").asString().contains("学院党组织审核同意（P1.2）不同意：该生近期受过通报");
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("REJECTED");
    assertThat(records.roster.currentPost("school-su", "s-ok")).isEmpty();
  }

  @ParameterizedTest(name = "{0} refuses → REJECTED naming {3}")
  @CsvSource({
      "studentAffairs,  false, true,  true,  学生工作部（处）审核（P1.3）不同意：学工部：材料不全",
      "graduateAffairs, true,  false, true,  研究生工作部审核（P1.3）不同意：研工部：不同意",
      "youthLeague,     true,  true,  false, 校团委审核（P1.3）不同意：团委：群众基础不足"})
  @DisplayName("P1.3: any one of the three offices refusing rejects the nomination")
  void officeRefuses(String office, boolean studentAffairs, boolean graduateAffairs, boolean youthLeague, String reason) {
    ProcessInstance instance = atJointReview();
    jointReview(instance, studentAffairs, graduateAffairs, youthLeague);

    assertThat(instance).isEnded().hasPassed("nominationRejected").hasNotPassed("partyCommitteeDecision")
        .variables().containsEntry("outcome", "REJECTED").containsEntry(office + "ReviewApproved", false)
        .extractingByKey("rejectionReason").isEqualTo(reason);
  }

  @Test
  @DisplayName("P1.3: when several offices refuse, every reason is kept, in the order of the model")
  void severalOfficesRefuse() {
    ProcessInstance instance = atJointReview();
    jointReview(instance, false, true, false);
    assertThat(instance).variables().extractingByKey("rejectionReason")
        .isEqualTo("学生工作部（处）审核（P1.3）不同意：学工部：材料不全；校团委审核（P1.3）不同意：团委：群众基础不足");
  }

  @Test
  @DisplayName("P1 re-check: a nominee who moved college and failed two courses since the start is not confirmed → INELIGIBLE (E3, P1)")
  void recheckedAtConfirmation() {
    ProcessInstance instance = atJointReview();
    jointReview(instance, true, true, true);
    records.moved("s-ok", "econ", 2);
    complete(task(instance), decision(true, "同意"));
    assertThat(instance).isEnded().hasPassed("recheckNominee", "ineligibleAtConfirmation").hasNotPassed("candidateConfirmed")
        .variables().containsEntry("outcome", "INELIGIBLE").extractingByKey("rejectionReason").asString()
        .startsWith("确认前复核：").contains("E3：").contains("P1：").contains("econ");
    assertThat(records.nominationStatus(instance.getId())).isEqualTo("INELIGIBLE");
    assertThat(records.nominations.confirmedCandidates("school-su", Year.now(records.clock).getValue())).isEmpty();
  }

  @Test
  @DisplayName("P1.4: the Party committee refusing → REJECTED")
  void partyCommitteeRefuses() {
    ProcessInstance instance = atJointReview();
    jointReview(instance, true, true, true);
    complete(task(instance), decision(false, "暂缓"));
    assertThat(instance).isEnded().hasPassed("nominationRejected")
        .variables().containsEntry("outcome", "REJECTED")
        .containsEntry("rejectionReason", "学校党委决定（P1.4）不同意：暂缓");
  }

  @Test
  @DisplayName("Decisions: nothing chosen is refused in one Chinese sentence naming the options; the task stays open, "
      + "nothing recorded")
  void missingChoiceRefused() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    String taskId = task(instance).getId();
    // the input mapping gives the task's activity its own approved, null: the form's radio shows nothing chosen
    assertThat(engine.getRuntimeService().getVariablesLocal(task(instance).getExecutionId()))
        .containsEntry("approved", null);
    assertThat(engine.getTaskService().getVariables(taskId)).containsEntry("approved", null);
    String refusal = "“学院党组织审核同意（P1.2）”：请选择“同意”或“不同意”（approved）";
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("comment", "材料齐全")))
        .isInstanceOf(ProcedureRefusal.class).hasMessage(refusal);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("approved", null)))
        .isInstanceOf(ProcedureRefusal.class).hasMessage(refusal);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
        .isInstanceOf(ProcedureRefusal.class).hasMessage(refusal);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("approved", "yes")))
        .isInstanceOf(ProcedureRefusal.class).hasMessage(refusal + "，即布尔值 true 或 false，实际为 String yes");
    assertThat(instance).isWaitingAt("collegePartyReview");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId())).isEmpty();
  }

  @Test
  @DisplayName("Decisions: 不同意 without an opinion is refused; the task stays open, nothing recorded")
  void refusalWithoutOpinionRefused() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    String taskId = task(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("approved", false)))
        .isInstanceOf(ProcedureRefusal.class).hasMessage("“学院党组织审核同意（P1.2）”：不同意时必须填写意见（comment）");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("approved", false, "comment", " ")))
        .isInstanceOf(ProcedureRefusal.class).hasMessage("“学院党组织审核同意（P1.2）”：不同意时必须填写意见（comment）");
    assertThat(instance).isWaitingAt("collegePartyReview");
    assertThat(records.decisionRecords.forProcessInstance(instance.getId())).isEmpty();
  }

  @Test
  @DisplayName("Decisions: 不同意 with an opinion completes the task → REJECTED, the decision recorded as false")
  void refusalWithOpinionRejects() {
    ProcessInstance instance = nominate("s-ok", "OUTSTANDING_STUDENT");
    complete(task(instance), withVariables("approved", false, "comment", "群众基础不足"));
    assertThat(instance).isEnded().hasPassed("nominationRejected").variables()
        .containsEntry("outcome", "REJECTED").containsEntry("collegePartyReviewApproved", false);
    assertThat(records.decisionRecords.forProcessInstance(instance.getId()))
        .singleElement().satisfies(d -> {
          assertThat(d.approved()).isFalse();
          assertThat(d.comment()).isEqualTo("群众基础不足");
        });
  }

  @Test
  @DisplayName("Start: missing and ill-typed variables are all named, and no instance is left")
  void startRefusesBadVariables() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY,
        withVariables("studentId", 42, "basis", "FRIEND")))
        .isInstanceOf(ProcedureRefusal.class)
        .hasMessageContaining("studentId（学号）应为字符串").hasMessageContaining("缺少 unionId")
        .hasMessageContaining("basis（推荐依据）应为").hasMessageContaining("缺少 statement");
    assertNoInstance();
  }

  @Test
  @DisplayName("Start: an unknown student, an unknown union and a college-level union are refused")
  void startRefusesUnknownIds() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables(
        "studentId", "nobody", "unionId", "moon-su", "basis", "OUTSTANDING_STUDENT", "statement", "x")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("学号 nobody 不存在")
        .hasMessageContaining("学生组织 moon-su 不存在");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables(
        "studentId", "s-ok", "unionId", "cs-su", "basis", "OUTSTANDING_STUDENT", "statement", "x")))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("cs-su 是院级组织");
    assertNoInstance();
  }

  @Test
  @DisplayName("P1.1: only the league of the nominee's own college (or an administrator) may nominate")
  void startRefusesOtherCollege() {
    engine.getIdentityService().setAuthentication("econ-user", List.of("college-econ-league"));
    assertThatThrownBy(() -> nominate("s-ok", "OUTSTANDING_STUDENT"))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("college-cs-league");
    assertNoInstance();

    engine.getIdentityService().setAuthentication("cs-user", List.of("college-cs-league", "class-cs2301-branch"));
    ProcessInstance byLeague = nominate("s-ok", "OUTSTANDING_STUDENT");
    assertThat(byLeague).isWaitingAt("collegePartyReview");
    // the starter is recorded with the group the rule names, whose members may then read the case file
    assertThat(records.fact(byLeague.getId(), "startedBy")).isEqualTo("cs-user");
    assertThat(records.fact(byLeague.getId(), "startedFor")).isEqualTo("college-cs-league");
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    ProcessInstance byAdmin = nominate("s-econ", "OUTSTANDING_STUDENT");
    assertThat(byAdmin).isWaitingAt("collegePartyReview");
    assertThat(records.fact(byAdmin.getId(), "startedFor")).isEqualTo("camunda-admin");
    assertThat(businessKey(byAdmin)).isEqualTo("P1-" + thisYear() + "-s-econ");
  }

  @Test
  @DisplayName("A student under nomination for a union cannot be nominated for it again until that one ends")
  void noDuplicateNomination() {
    ProcessInstance first = nominate("s-ok", "OUTSTANDING_STUDENT");
    assertThatThrownBy(() -> nominate("s-ok", "OUTSTANDING_STUDENT"))
        .isInstanceOf(ProcedureRefusal.class).hasMessageContaining("不能同时被重复提名");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);

    complete(task(first), decision(false, "不同意"));
    assertThat(nominate("s-ok", "OUTSTANDING_STUDENT")).isWaitingAt("collegePartyReview");
  }

  @Test
  @DisplayName("One confirmed candidacy per student, union and year: a second P1 of a confirmed candidate is refused,"
      + " naming the first; another union or a rejected first nomination does not block")
  void oneConfirmedCandidacyPerYear() {
    ProcessInstance first = atJointReview();
    jointReview(first, true, true, true);
    complete(task(first), decision(true, "同意"));
    assertThat(first).isEnded().variables().containsEntry("outcome", "CANDIDATE_CONFIRMED");

    int year = Year.now(records.clock).getValue();
    assertThatThrownBy(() -> nominate("s-ok", "SCHOOL_UNION_STAFF"))
        .isInstanceOf(ProcedureRefusal.class)
        .hasMessageStartingWith("启动被拒绝（P1）：学生 s-ok")
        .hasMessageContaining("经 P1 确认为")
        .hasMessageContaining(year + " 年的主席团候选人")
        .hasMessageContaining(java.time.LocalDate.now(records.clock) + " ")
        .hasMessageNotContaining(first.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(records.nominations.confirmedCandidates("school-su", year)).hasSize(1);

    ProcessInstance otherUnion = engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables(
        "studentId", "s-ok", "unionId", "school-gsu", "basis", "OUTSTANDING_STUDENT", "statement", "研究生会"));
    assertThat(otherUnion).isWaitingAt("collegePartyReview");
  }

  @Test
  @DisplayName("A deleted instance closes its nomination as CANCELLED, and even one deleted without listeners frees the student")
  void deletionFreesTheStudent() {
    ProcessInstance deleted = nominate("s-ok", "OUTSTANDING_STUDENT");
    engine.getRuntimeService().deleteProcessInstance(deleted.getId(), "test");
    assertThat(records.nominationStatus(deleted.getId())).isEqualTo(Nomination.CANCELLED);

    ProcessInstance skipped = nominate("s-ok", "OUTSTANDING_STUDENT");
    engine.getRuntimeService().deleteProcessInstance(skipped.getId(), "test", true);
    assertThat(records.nominationStatus(skipped.getId())).isEqualTo(Nomination.OPEN);
    assertThat(nominate("s-ok", "OUTSTANDING_STUDENT")).isWaitingAt("collegePartyReview");
    assertThat(records.nominationStatus(skipped.getId())).isEqualTo(Nomination.CANCELLED);
  }

  void assertNoInstance() {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    assertThat(records.jdbc.queryForObject("select count(*) from gov_nomination", Integer.class)).isZero();
  }
}
