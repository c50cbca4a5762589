package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.service.Http;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Cockpit in a real browser: what an administrator sees of the deployed processes. */
@EnabledIf(value = "edu.university.governance.browser.Chromium#available", disabledReason = Chromium.MISSING)
class CockpitBrowserIT extends BrowserTest {

  @Test
  @DisplayName("Cockpit: the admin's process definitions view lists every deployed process with its key and name")
  void everyProcessListed() {
    JsonNode deployed = webapps.admin("/engine-rest/process-definition?latestVersion=true");
    assertThat(deployed.size()).as("deployed processes").isGreaterThanOrEqualTo(8);

    webapps.login("cockpit", "admin");
    webapps.open("cockpit/default/#/processes");
    for (JsonNode definition : deployed) {
      // each row links its key and its name to the definition's page
      By links = By.cssSelector("a[href='#/process-definition/" + definition.get("id").asText() + "']");
      webapps.waiting().until(ExpectedConditions.numberOfElementsToBe(links, 2));
      assertThat(webapps.texts(links)).as(definition.get("key").asText())
          .containsExactly(definition.get("key").asText(), definition.get("name").asText());
    }
    WebElement heading = webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".processes-dashboard h1.section-title")));
    assertThat(heading.getText()).startsWith(deployed.size() + " ")
        .contains(Labels.label("cockpit", "PLUGIN_PROCESS_DEF_PROCESS_DEFINITIONS_DEPLOYED"));
    // Camunda 7 CE's end-of-life banner is hidden (cockpit/styles/user-styles.css)
    assertThat(webapps.texts(By.cssSelector(".ce-eol-banner"))).as("Camunda 8 banner").allMatch(String::isEmpty);
    assertThat(webapps.texts(By.tagName("body")).get(0)).doesNotContain("Camunda 8");
    webapps.screenshot("cockpit-processes");
  }

  @Test
  @DisplayName("Cockpit: dates read 2026-12-01 09:30, no English \"Actions\" and no Camunda 8 banner on the dashboard,"
      + " a process definition and a process instance; a decision variable has no edit or delete button, another has")
  void calmerCockpit() {
    Http http = webapps.http();
    var started = http.postJson("college-cs-league", "/engine-rest/process-definition/key/school-presidium-candidacy/start",
        Http.variables("studentId", "2023001", "unionId", "school-su", "basis", "OUTSTANDING_STUDENT",
            "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    String definitionId = started.json().get("definitionId").asText();
    String partyTask = webapps.awaitTask("college-cs-party", instanceId, "collegePartyReview");
    var decided = http.postJson("college-cs-party", "/engine-rest/task/" + partyTask + "/complete",
        Http.variables("approved", true, "comment", "同意推荐"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    String reviewTask = webapps.awaitTask("student-affairs", instanceId, "studentAffairsReview");

    webapps.login("cockpit", "admin");
    webapps.open("cockpit/default/#/dashboard");
    webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard")));
    assertCalm("dashboard");

    // the process instance's variables: collegePartyReviewApproved mirrors a decision, studentId does not
    webapps.open("cockpit/default/#/process-instance/" + instanceId + "/runtime");
    String decision = variableRow("collegePartyReviewApproved");
    WebElement otherEdit = webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath(variableRow("studentId") + "/td[contains(@class,'actions')]//button[contains(@ng-click,'enableEditMode')]")));
    assertThat(otherEdit.isEnabled()).as("edit button of studentId").isTrue();
    webapps.waiting().until(ExpectedConditions.attributeContains(By.xpath(decision), "class",
        "governance-decision-variable"));
    List<WebElement> decisionButtons = webapps.waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(
        By.xpath(decision + "/td[contains(@class,'actions')]//button")));
    assertThat(decisionButtons).as("edit and delete buttons of collegePartyReviewApproved").isNotEmpty()
        .noneMatch(WebElement::isDisplayed);
    assertThat(webapps.texts(By.cssSelector("[cam-widget-variables-table] thead td.actions"))).containsExactly("操作");
    assertCalm("process instance");
    webapps.screenshot("cockpit-process-instance-variables");

    // dates: the open user task's creation, and the instance's start on its definition's page, in China time
    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    String created = OffsetDateTime.parse(webapps.admin("/engine-rest/task/" + reviewTask).get("created").asText(),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
        .format(minutes);
    webapps.open("cockpit/default/#/process-instance/" + instanceId + "/runtime?tab=user-tasks-tab");
    By createdCells = By.cssSelector("td.created");
    webapps.waiting().until(driver -> webapps.texts(createdCells).stream().anyMatch(text -> !text.isEmpty()));
    assertThat(webapps.texts(createdCells)).as("created, user tasks of the instance").contains(created)
        .allMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
    assertCalm("process instance, user tasks");
    webapps.screenshot("cockpit-process-instance-user-tasks");

    String startedAt = OffsetDateTime.parse(webapps.admin("/engine-rest/history/process-instance/" + instanceId)
        .get("startTime").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(minutes);
    webapps.open("cockpit/default/#/process-definition/" + definitionId + "/runtime");
    By startTimes = By.cssSelector("td.start-time");
    webapps.waiting().until(driver -> webapps.texts(startTimes).stream().anyMatch(text -> !text.isEmpty()));
    assertThat(webapps.texts(startTimes)).as("start times on the definition's page").contains(startedAt)
        .allMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
    assertCalm("process definition");
    webapps.screenshot("cockpit-process-definition");
  }

  /** No English "Actions" column and no Camunda 8 banner on the page. */
  private void assertCalm(String page) {
    String body = webapps.texts(By.tagName("body")).get(0);
    assertThat(body).as(page).doesNotContainPattern("\\bActions\\b").doesNotContain("Camunda 8");
    assertThat(webapps.texts(By.cssSelector(".ce-eol-banner"))).as("Camunda 8 banner, " + page).allMatch(String::isEmpty);
  }

  /** The XPath of the row of Cockpit's variable table that shows the variable. */
  private static String variableRow(String name) {
    return "//*[@cam-widget-variables-table]//tbody/tr[td[contains(@class,'col-name')][normalize-space(.)='" + name
        + "']]";
  }
}
