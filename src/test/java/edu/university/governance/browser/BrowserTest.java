package edu.university.governance.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service with its demo organisation on a fresh in-memory H2 (each IT class runs in a JVM of its own), and
 * one Chinese headless Chromium for all tests of the class. A failed test leaves its screen and page source
 * under target/screenshots/failed-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        // Selenium warns that it has no DevTools (CDP) classes for Chromium 156; the tests use WebDriver only
        "logging.level.org.openqa.selenium=ERROR"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

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
    webapps = new Webapps(driver, port);
    System.out.println("Browser tests in locale " + Labels.language("tasklist") + " (tasklist), "
        + Labels.language("cockpit") + " (cockpit)");
  }

  @AfterAll
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }
}
