package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import edu.university.governance.service.Http;
import edu.university.governance.service.TestDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Tasklist in a real browser under profile ldap (issue 15): a person of the in-memory directory of LdapLoginIT
 * ({@link TestDirectory}) logs in with the directory password and finds their directory group's task.
 */
@TestDirectory.DirectoryService
@EnabledIf(value = "edu.university.governance.browser.Chromium#available", disabledReason = Chromium.MISSING)
class DirectoryLoginBrowserIT extends BrowserSession {

  @Override
  Webapps webapps(WebDriver driver) {
    return new Webapps(driver, port, TestDirectory::password, TestDirectory.ADMIN);
  }

  @Test
  @DisplayName("Tasklist: hanmeimei logs in with her directory password and sees under 我的组任务 the P1 review of her"
      + " directory group college-cs-party, named after its student")
  void directoryPersonSeesGroupTask() {
    Http http = webapps.http();
    TestDirectory.organise(http);
    String instanceId = webapps.nominate("lilei", "2023001");

    String card = webapps.groupTaskCard("hanmeimei", instanceId, "collegePartyReview");
    assertThat(card).contains("张伟");
    // Tasklist's header names the person by the directory's cn, and nothing else ("韩梅梅 null" before)
    assertThat(webapps.texts(By.cssSelector(".navbar .account, [cam-widget-header] .account")))
        .as("Tasklist's header").isNotEmpty().allMatch(text -> text.equals("韩梅梅"));
    webapps.screenshot("tasklist-directory-login");
  }
}
