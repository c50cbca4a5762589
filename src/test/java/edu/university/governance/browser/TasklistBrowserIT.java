package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.service.Http;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Tasklist in a real Chinese browser: each role logs in in turn and walks P1, P3, D2 and D3 through the forms
 * alone (the engine REST API only checks the outcome); a required field left empty blocks completion; a college
 * sees nothing of another college's work. Each filled form is saved under target/screenshots/.
 */
@EnabledIf(value = "edu.university.governance.browser.Chromium#available", disabledReason = Chromium.MISSING)
class TasklistBrowserIT extends BrowserTest {

  static final String P1 = "school-presidium-candidacy";
  static final String P3 = "college-nomination";
  static final String D2 = "major-activity-report";
  static final String D3 = "misconduct-investigation";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("P1 in Tasklist: the cs league nominates 2023001; the college Party organisation, the three offices "
      + "and the Party committee each claim and agree → CANDIDATE_CONFIRMED")
  void presidiumCandidacy() {
    webapps.loginToTasklist("college-cs-league");
    webapps.openStartForm(P1).text("studentId", "2023001").select("unionId", "school-su")
        .radio("basis", "OUTSTANDING_STUDENT").text("statement", "学习成绩优异，热心服务同学，组织过多次志愿活动");
    webapps.screenshot("p1-1-start-college-cs-league");
    String instance = webapps.start(P1);
    // the card says whom the task is about, from the service's records
    assertThat(webapps.groupTaskCard("college-cs-party", instance, "collegePartyReview"))
        .contains("学院党组织审核同意（P1.2）").contains("2023001 张伟");

    agree("p1-2", "college-cs-party", instance, "collegePartyReview", "同意推荐");
    agree("p1-3a", "student-affairs", instance, "studentAffairsReview", "学工部同意");
    agree("p1-3b", "graduate-affairs", instance, "graduateAffairsReview", "研工部同意");
    agree("p1-3c", "youth-league", instance, "youthLeagueReview", "校团委同意");
    // the Party committee's form: the approval record of the four earlier decisions, with offices, names and times
    Webapps.OpenTask decision = webapps.claimFromGroupTasks("party-committee", instance, "partyCommitteeDecision");
    String record = webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field')][.//label[contains(., '审批记录')]]//textarea"))).getDomProperty("value");
    assertThat(record.split("\n")).hasSize(4);
    assertThat(record.split("\n")[0]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 学院党组织审核同意（P1.2） "
        + "计算机学院党组织 " + webapps.userName("college-cs-party") + "：同意。同意推荐");
    assertThat(record).contains("学生工作部（处） " + webapps.userName("student-affairs") + "：同意。学工部同意")
        .contains("研究生工作部 " + webapps.userName("graduate-affairs"))
        .contains("校团委 " + webapps.userName("youth-league"));
    decision.form().radio("approved", "true").text("comment", "党委同意，确定为候选人");
    webapps.screenshot("p1-4-partyCommitteeDecision-party-committee");
    webapps.complete(decision);

    assertThat(webapps.historyVariable(instance, "outcome")).isEqualTo("CANDIDATE_CONFIRMED");
    assertThat(webapps.historyVariable(instance, "studentAffairsReviewComment")).isEqualTo("学工部同意");
    // the radio's JSON boolean arrives as a Boolean: each task's own approved, as Tasklist submitted it
    JsonNode submitted = webapps.admin("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=approved");
    assertThat(submitted).hasSize(5).allSatisfy(variable -> {
      assertThat(variable.get("type").asText()).isEqualTo("Boolean");
      assertThat(variable.get("value").isBoolean()).isTrue();
      assertThat(variable.get("value").asBoolean()).isTrue();
    });
    int year = LocalDate.now(CHINA).getYear();
    assertThat(webapps.admin("/api/unions/school-su/candidates?year=" + year).findValuesAsText("studentId"))
        .contains("2023001");

    // the case file of the finished P1 (the Party committee decided in it): the path to the confirmation
    webapps.openPage("/case-files/" + instance);
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.bpmn-diagram")));
    assertThat(webapps.texts(By.tagName("main")).get(0)).contains("已结束").contains("确定为候选人")
        .contains("党委同意，确定为候选人");
    for (String passed : List.of("collegePartyReview", "studentAffairsReview", "partyCommitteeDecision",
        "candidateConfirmed")) {
      assertThat(webapps.diagramClass(passed)).as(passed).contains("passed");
    }
    assertThat(webapps.diagramClass("nominationRejected")).contains("idle");
    assertThat(webapps.texts(By.cssSelector("svg.bpmn-diagram .current"))).as("nothing current").isEmpty();
    webapps.screenshot("case-file-confirmed");
  }

  @Test
  @DisplayName("P3 in Tasklist: class branch cs2301 nominates 2023002 as staff of cs-su's office; the college league "
      + "and the college Party organisation agree → APPOINTED, on the roster")
  void collegeNomination() {
    webapps.loginToTasklist("class-cs2301-branch");
    webapps.openStartForm(P3).text("studentId", "2023002").text("unionId", "cs-su").radio("post", "STAFF")
        .text("departmentId", "office");
    webapps.screenshot("p3-1-start-class-cs2301-branch");
    String instance = webapps.start(P3);

    // D1: the league, which appoints, records the day 2023002 signed the self-discipline convention shown on its form
    Webapps.OpenTask league = webapps.claimFromGroupTasks("college-cs-league", instance, "collegeLeagueReview");
    league.form().radio("approved", "true").text("comment", "同意").date("conventionSignedAt", LocalDate.now(CHINA));
    webapps.screenshot("p3-2-collegeLeagueReview-college-cs-league");
    webapps.complete(league);
    agree("p3-3", "college-cs-party", instance, "collegePartyDecision", "同意任命");

    assertThat(webapps.historyVariable(instance, "outcome")).isEqualTo("APPOINTED");
    JsonNode member = rosterEntry("cs-su", "2023002");
    assertThat(member.get("post").asText()).isEqualTo("STAFF");
    assertThat(member.get("departmentId").asText()).isEqualTo("office");
    assertThat(member.get("conventionSignedAt").asText()).isEqualTo(LocalDate.now(CHINA).toString());
  }

  @Test
  @DisplayName("D2 in Tasklist: school-su reports a concert three weeks ahead, dates picked in China's time; "
      + "the deputy secretary agrees → APPROVED")
  void activityReport() {
    LocalDateTime startsAt = LocalDate.now(CHINA).plusDays(21).atTime(19, 0);
    webapps.loginToTasklist("union-school-su");
    CamundaForm form = webapps.openStartForm(D2);
    // China's date convention in the form (a Chinese browser's Intl locale)
    assertThat(form.dateFormatOf("startsAt")).isEqualTo("yyyy/mm/dd");
    // flatpickr's calendar says Sun…Sat; tasklist/scripts/chinese-texts.js puts it in Chinese
    assertThat(form.calendarWeekdays("startsAt")).isEqualTo("日一二三四五六");
    form.text("unionId", "school-su").text("title", "校园十大歌手决赛")
        .select("category", "ACTIVITY").text("description", "体育馆，约 800 名观众；安全预案和入场秩序由文体部负责")
        .dateTime("startsAt", startsAt).dateTime("endsAt", startsAt.plusMinutes(150))
        .text("budgetYuan", "3000").text("volunteersNeeded", "0");
    webapps.screenshot("d2-1-start-union-school-su");
    String instance = webapps.start(D2);

    agree("d2-2", "youth-league-deputy", instance, "deputyReview", "同意，注意安全");

    assertThat(webapps.historyVariable(instance, "outcome")).isEqualTo("APPROVED");
    // the browser runs in Asia/Shanghai: the time picked is 19:00 China time
    assertThat(webapps.historyVariable(instance, "startsAt")).isEqualTo(startsAt + "+08:00");
  }

  @Test
  @DisplayName("D3 in Tasklist: the econ league reports staff member 2024102; the Youth League committee decides "
      + "REMOVED → off the roster of econ-su")
  void misconductRemoval() {
    assertThat(rosterEntry("econ-su", "2024102")).isNotNull();
    webapps.loginToTasklist("college-econ-league");
    webapps.openStartForm(D3).text("studentId", "2024102").text("unionId", "econ-su")
        .text("allegation", "未经批准以学生会名义对外联系商业赞助").text("reportedBy", "经济学院团委");
    webapps.screenshot("d3-1-start-college-econ-league");
    String instance = webapps.start(D3);

    Webapps.OpenTask task = webapps.claimFromGroupTasks("youth-league", instance, "investigate");
    task.form().radio("handling", "REMOVED").text("findings", "经核实属实，本人承认；撤销其工作人员职务");
    webapps.screenshot("d3-2-investigate-youth-league");
    webapps.complete(task);

    assertThat(webapps.historyVariable(instance, "outcome")).isEqualTo("REMOVED");
    assertThat(webapps.admin("/api/unions/econ-su/roster").get("roster").findValuesAsText("studentId"))
        .doesNotContain("2024102");
  }

  @Test
  @DisplayName("A required field left empty (D3 findings) blocks completion: Tasklist shows why and the task stays open")
  void requiredFieldBlocksCompletion() {
    var started = webapps.http().postJson("college-econ-league", "/engine-rest/process-definition/key/" + D3 + "/start",
        Http.variables("studentId", "2023102", "unionId", "econ-su", "allegation", "多次无故缺席主席团会议",
            "reportedBy", "经济学院学生会"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();

    Webapps.OpenTask task = webapps.claimFromGroupTasks("youth-league", instance, "investigate");
    task.form().radio("handling", "WARNING");
    if (webapps.pressComplete()) {
      String message = task.form().errorOf("findings");
      // form-js says "Field is required."; tasklist/scripts/chinese-texts.js puts it in Chinese
      assertThat(message).as("form-js message under the empty field").isEqualTo("此项为必填项。");
      System.out.println("Complete refused with the message: " + message);
    } else {
      System.out.println("Complete stays disabled while findings is empty");
    }
    webapps.screenshot("d3-required-findings-empty");

    // Tasklist's own date picker (follow-up date) says "November 2026", Sun…Sat; scripts/chinese-texts.js
    List<String> picker = webapps.followUpDatePicker();
    assertThat(picker.get(0)).matches("\\d{4}年\\d{1,2}月");
    assertThat(picker.subList(1, picker.size())).containsExactly("日", "一", "二", "三", "四", "五", "六");

    assertThat(webapps.http().get("admin", "/engine-rest/task/" + task.id()).status()).as("task still open")
        .isEqualTo(200);
    assertThat(webapps.admin("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=outcome")).as("no outcome").isEmpty();
  }

  @Test
  @DisplayName("A decision is an explicit choice: nothing chosen is refused in the browser and nothing recorded; 不同意 "
      + "without an opinion is refused with the service's message; with one the task completes → REJECTED")
  void decisionNeedsAnExplicitChoice() {
    String instance = webapps.nominate("college-econ-league", "2023101");
    Webapps.OpenTask task = webapps.claimFromGroupTasks("college-econ-party", instance, "collegePartyReview");
    CamundaForm form = task.form();
    assertThat(form.chosen("approved")).as("no decision preselected").isNull();

    // nothing chosen: form-js refuses under the choice, in Chinese (tasklist/scripts/chinese-texts.js)
    assertThat(webapps.pressComplete()).as("完成 can be pressed").isTrue();
    assertThat(form.errorOf("approved")).as("form-js message under the choice").isEqualTo("此项为必填项。");
    webapps.screenshot("decision-choice-empty");
    assertOpenWithoutDecision(task, instance);

    // 不同意 without an opinion: the service refuses, and Tasklist shows its message
    webapps.dismissNotifications();
    form.radio("approved", "false");
    assertThat(webapps.pressComplete()).isTrue();
    String refusal = "“学院党组织审核同意（P1.2）”：不同意时必须填写意见（comment）";
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"), refusal));
    webapps.screenshot("decision-refusal-without-opinion");
    assertOpenWithoutDecision(task, instance);

    // with an opinion the refusal completes the task, and the procedure ends REJECTED
    webapps.dismissNotifications();
    form.text("comment", "群众基础不足，暂不推荐");
    webapps.screenshot("decision-refusal-with-opinion");
    webapps.complete(task);
    assertThat(webapps.historyVariable(instance, "outcome")).isEqualTo("REJECTED");
    JsonNode decisions = webapps.admin("/api/procedures/" + instance).get("decisions");
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).get("approved").isBoolean()).as("recorded as a Boolean").isTrue();
    assertThat(decisions.get(0).get("approved").asBoolean()).isFalse();
    assertThat(decisions.get(0).get("comment").asText()).isEqualTo("群众基础不足，暂不推荐");
    JsonNode submitted = webapps.admin("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=approved");
    assertThat(submitted).hasSize(1);
    assertThat(submitted.get(0).get("type").asText()).as("不同意 as Tasklist submitted it").isEqualTo("Boolean");
    assertThat(submitted.get(0).get("value").asBoolean(true)).isFalse();
  }

  /** The task is still open and the procedure has recorded no decision and no outcome. */
  private void assertOpenWithoutDecision(Webapps.OpenTask task, String instance) {
    assertThat(webapps.http().get("admin", "/engine-rest/task/" + task.id()).status()).as("task still open")
        .isEqualTo(200);
    assertThat(webapps.admin("/api/procedures/" + instance).get("decisions")).as("no decision recorded").isEmpty();
    assertThat(webapps.admin("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=outcome")).as("no outcome").isEmpty();
  }

  @Test
  @DisplayName("Isolation: the econ Party organisation sees its own college's task but not cs's, in the list or by its URL")
  void collegeSeesNoOtherCollegesTask() {
    String csInstance = webapps.nominate("college-cs-league", "2024002");
    String econInstance = webapps.nominate("college-econ-league", "2024101");
    String csTask = webapps.awaitTask("college-cs-party", csInstance, "collegePartyReview");
    String econTask = webapps.awaitTask("college-econ-party", econInstance, "collegePartyReview");

    webapps.openGroupTasks("college-econ-party");
    // once the econ task is listed the list has loaded: the cs task is not in it
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(webapps.taskLink(econTask)));
    assertThat(webapps.texts(webapps.taskLink(csTask))).isEmpty();

    webapps.open("tasklist/default/#/?task=" + csTask);
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".notifications .alert-danger"), csTask));
    assertThat(webapps.texts(By.cssSelector(".fjs-form"))).as("no form of the cs task").isEmpty();
    assertThat(webapps.texts(By.tagName("body")).get(0)).doesNotContain("孙浩").doesNotContain("2024002");
    webapps.screenshot("isolation-econ-party-opens-cs-task");
  }

  @Test
  @DisplayName("A calmer Tasklist: no Camunda 8 banner; staff see no 创建任务 (the administrator does); a refused start"
      + " shows the service's message alone, without the engine's prefix or an id")
  void calmerTasklist() {
    By createTask = By.cssSelector(".create-task-action");
    webapps.login("tasklist", "admin");
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(createTask));
    assertNoBanner();

    webapps.loginToTasklist("college-cs-league");
    webapps.waiting().until(ExpectedConditions.presenceOfElementLocated(createTask));
    sleep(1500); // staff-actions.js has asked who is signed in
    assertThat(webapps.texts(createTask)).as("创建任务 for staff").allMatch(String::isEmpty);
    assertNoBanner();

    webapps.openStartForm(P1).text("studentId", "9999999").select("unionId", "school-su")
        .radio("basis", "OUTSTANDING_STUDENT").text("statement", "不存在的学号");
    try {
      webapps.start(P1);
      throw new IllegalStateException("Tasklist started a nomination of an unknown student");
    } catch (AssertionError refused) {
      assertThat(refused.getMessage()).contains("启动被拒绝：").contains("学号 9999999 不存在")
          .doesNotContain("Cannot instantiate").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");
      // the heading and the service's message (on its own line) joined by one Chinese colon (zh.json,
      // scripts/chinese-texts.js), not "流程无法启动。 :"
      assertThat(refused.getMessage().replaceAll("\\s+", ""))
          .contains(Labels.label("tasklist", "PROCESS_START_ERROR") + "：启动被拒绝：").doesNotContain("。:").doesNotContain(":启动");
    }
    webapps.screenshot("tasklist-refused-start-message");

    // no priority on the task cards: every task has the engine's default 50 (tasklist/styles/user-styles.css)
    // (a student of its own: each test of this class nominates different students)
    String instanceId = webapps.nominate("college-cs-league", "2024001");
    String taskId = webapps.awaitTask("college-cs-party", instanceId, "collegePartyReview");
    webapps.groupTaskCard("college-cs-party", instanceId, "collegePartyReview");
    By card = By.xpath("//li[contains(@class,'task')][.//a[@href='#/?task=" + taskId + "']]");
    By priority = By.cssSelector("[cam-tasks] .tasks-list .task .priority");
    assertThat(webapps.waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(priority)))
        .as("the cards still carry their priority element").isNotEmpty();
    assertThat(webapps.texts(priority)).as("priority shown on a card").allMatch(String::isEmpty);
    assertThat(webapps.texts(card)).singleElement().asString().doesNotContain("50");
    webapps.screenshot("tasklist-task-card-without-priority");
  }

  private void assertNoBanner() {
    assertThat(webapps.texts(By.cssSelector(".ce-eol-banner"))).as("Camunda 8 banner").allMatch(String::isEmpty);
    assertThat(webapps.texts(By.tagName("body")).get(0)).doesNotContain("Camunda 8").doesNotContain("迁移");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }


  /**
   * As the user: claim the task from the group-task filter, see that nothing is chosen yet, choose 同意 (the radio
   * button of the value true), write the comment, save a screenshot, complete.
   */
  private void agree(String step, String user, String instanceId, String taskKey, String comment) {
    Webapps.OpenTask task = webapps.claimFromGroupTasks(user, instanceId, taskKey);
    assertThat(task.form().chosen("approved")).as(taskKey + ": no decision preselected").isNull();
    task.form().radio("approved", "true").text("comment", comment);
    webapps.screenshot(step + "-" + taskKey + "-" + user);
    webapps.complete(task);
  }



  private JsonNode rosterEntry(String unionId, String studentId) {
    for (JsonNode member : webapps.admin("/api/unions/" + unionId + "/roster").get("roster")) {
      if (member.get("studentId").asText().equals(studentId)) {
        return member;
      }
    }
    throw new AssertionError(studentId + " is not on the roster of " + unionId);
  }
}
