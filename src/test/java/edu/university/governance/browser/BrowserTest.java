package edu.university.governance.browser;

import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service with its demo organisation on a fresh in-memory H2 (each IT class runs in a JVM of its own), and
 * one Chinese headless Chromium for all tests of the class ({@link BrowserSession}), logging in as demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        // Selenium warns that it has no DevTools (CDP) classes for Chromium 156; the tests use WebDriver only
        "logging.level.org.openqa.selenium=ERROR"})
@ActiveProfiles("demo")
abstract class BrowserTest extends BrowserSession {

  @Override
  Webapps webapps(WebDriver driver) {
    return new Webapps(driver, port);
  }
}
