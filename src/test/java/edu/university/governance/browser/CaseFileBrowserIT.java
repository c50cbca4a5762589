package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 13's promise in a real Chinese browser: a staff member who has never seen Camunda finds the task about 李娜 by
 * her name in Tasklist's search, sees in the form who decided what before (the approval record, with names and times),
 * opens the procedure's case file from the form (its path and current step marked); and a nominator learns from
 * Tasklist's "我的流程" that a nomination ended at once as ineligible, with the rule. The screenshots of these screens
 * are the staff guide's pictures.
 */
@EnabledIf(value = "edu.university.governance.browser.Chromium#available", disabledReason = Chromium.MISSING)
class CaseFileBrowserIT extends BrowserTest {

  static final String P1 = "school-presidium-candidacy";
  static final By SEARCH = By.cssSelector("[cam-tasklist-search] input, .search-container input");

  @Test
  @DisplayName("The Youth League committee finds the task about 李娜 by her name, reads the earlier decisions with"
      + " names and times, and opens the case file from the form: the path so far and its own step marked")
  void findTaskAboutLiNa() {
    String liNa = webapps.nominate("college-cs-league", "2023002");
    String zhangWei = webapps.nominate("college-cs-league", "2023001");
    for (String instance : List.of(liNa, zhangWei)) {
      webapps.decide("college-cs-party", instance, "collegePartyReview", "同意推荐，该生表现突出");
      webapps.decide("student-affairs", instance, "studentAffairsReview", "学工部同意");
    }
    String liNaTask = webapps.awaitTask("youth-league", liNa, "youthLeagueReview");
    String zhangWeiTask = webapps.awaitTask("youth-league", zhangWei, "youthLeagueReview");

    webapps.openGroupTasks("youth-league");
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(webapps.taskLink(zhangWeiTask)));
    assertThat(webapps.texts(webapps.taskLink(liNaTask)).get(0)).contains("2023002 李娜").contains("计算机学院");
    searchByName("李娜");
    // with a search, the cards' links carry it: find them by the task id alone
    webapps.waiting().until(ExpectedConditions.invisibilityOfElementLocated(card(zhangWeiTask)));
    assertThat(webapps.texts(card(liNaTask))).as("李娜's card after the search").hasSize(1);
    webapps.screenshot("tasklist-search-by-name");

    Webapps.click(webapps.driver(), webapps.waiting().until(ExpectedConditions.elementToBeClickable(card(liNaTask))));
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    String record = webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(., '审批记录')]]//textarea")))
        .getDomProperty("value");
    String partyName = webapps.userName("college-cs-party");
    // what was decided when the task was created: the Party organisation (the three offices review in parallel)
    assertThat(record).as("approval record").containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 学院党组织审核同意（P1.2）"
        + " 计算机学院党组织 " + partyName + "：同意。同意推荐，该生表现突出").doesNotContain("张伟");
    webapps.screenshot("tasklist-p1-approval-record");

    WebElement link = webapps.waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-form')]//a[contains(., '流程档案')]")));
    assertThat(link.getDomAttribute("href")).isEqualTo("/case-files/" + liNa);
    webapps.openPage(link.getDomAttribute("href"));
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.bpmn-diagram")));
    String page = webapps.texts(By.tagName("main")).get(0);
    assertThat(page).contains("流程档案").contains("2023002").contains("李娜").contains("进行中")
        .contains("同意推荐，该生表现突出").contains(partyName).contains(webapps.userName("student-affairs"));
    assertThat(webapps.diagramClass("collegePartyReview")).contains("passed");
    assertThat(webapps.diagramClass("youthLeagueReview")).contains("current");
    assertThat(webapps.diagramClass("partyCommitteeDecision")).contains("idle");
    webapps.screenshot("case-file-running");
  }

  @Test
  @DisplayName("An ineligible nominee (E2): the league's nomination ends at once; in Tasklist, 我的流程 shows it ended"
      + " as 不符合资格 with the rule and figures, and its case file the path to the ineligible end")
  void nominatorLearnsOutcome() {
    webapps.loginToTasklist("college-cs-league");
    webapps.openStartForm(P1).text("studentId", "2023003").select("unionId", "school-su")
        .radio("basis", "OUTSTANDING_STUDENT").text("statement", "组织能力强");
    String instance = webapps.start(P1);

    WebElement mine = webapps.waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".governance-case-files a")));
    assertThat(mine.getText()).isEqualTo("我的流程");
    webapps.openPage(mine.getDomAttribute("href"));
    By row = By.cssSelector("tr[data-process-instance='" + instance + "']");
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(webapps.texts(row).get(0)).contains("2023003").contains("王强").contains("已结束").contains("不符合资格")
        .contains("E2");
    webapps.screenshot("my-procedures-ineligible");

    Webapps.click(webapps.driver(), webapps.driver().findElement(By.cssSelector("tr[data-process-instance='"
        + instance + "'] a")));
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.bpmn-diagram")));
    assertThat(webapps.texts(By.tagName("main")).get(0)).contains("不符合资格").contains("E2").contains("（尚无决定）");
    assertThat(webapps.diagramClass("checkEligibility")).contains("passed");
    assertThat(webapps.diagramClass("nomineeIneligible")).contains("passed");
    assertThat(webapps.diagramClass("collegePartyReview")).contains("idle");
    webapps.screenshot("case-file-ineligible");
  }

  @Test
  @DisplayName("Cockpit leads to the case files: a button on the process instance's page, the list on the dashboard")
  void cockpitLinks() {
    String instance = webapps.nominate("college-cs-league", "2024001");
    webapps.login("cockpit", "admin");
    WebElement dashboard = webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".governance-case-files a")));
    assertThat(dashboard.getDomAttribute("href")).isEqualTo("/case-files");
    webapps.open("cockpit/default/#/process-instance/" + instance + "/runtime");
    WebElement button = webapps.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("a.governance-case-file")));
    assertThat(button.getDomAttribute("href")).isEqualTo("/case-files/" + instance);
    webapps.openPage(button.getDomAttribute("href"));
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.bpmn-diagram")));
    assertThat(webapps.diagramClass("collegePartyReview")).contains("current");
  }

  /**
   * Types the name into Tasklist's search box and presses Enter: the search's default criterion is the task's name
   * (名称 包含 …), which carries the subject (process/PresentTask).
   */
  private void searchByName(String name) {
    WebElement input = webapps.waiting().until(ExpectedConditions.elementToBeClickable(SEARCH));
    input.click();
    input.sendKeys(name, Keys.ENTER);
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-container"),
        Labels.label("tasklist", "NAME")));
  }

  private static By card(String taskId) {
    return By.cssSelector("a[href*='task=" + taskId + "']");
  }




}
