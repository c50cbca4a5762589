package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
}
