package edu.university.governance.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chinese headless Chromium for all tests of a class, against the service the subclass starts ({@link BrowserTest}:
 * the demo; {@link DirectoryLoginBrowserIT}: profile ldap). A failed test leaves its screen and page source under
 * target/screenshots/failed-*.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {

  @LocalServerPort
  int port;
  private WebDriver driver;
  Webapps webapps;

  @RegisterExtension
  final AfterTestExecutionCallback keepFailure = context -> context.getExecutionException()
      .ifPresent(failure -> webapps.saveFailure(context.getRequiredTestMethod().getName()));

  @BeforeAll
  void openBrowser() {
    driver = Chromium.start();
    webapps = webapps(driver);
    System.out.println("Browser tests in locale " + Labels.language("tasklist") + " (tasklist), "
        + Labels.language("cockpit") + " (cockpit)");
  }

  /** Tasklist and Cockpit in this browser, as the service's users log in to them. */
  abstract Webapps webapps(WebDriver driver);

  @AfterAll
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }
}
