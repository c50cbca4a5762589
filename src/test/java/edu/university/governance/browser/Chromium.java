package edu.university.governance.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver (packages chromium, chromium-driver), headless, as a Chinese user in
 * China's time zone. Both paths are given explicitly, so Selenium Manager never looks for (or downloads) a driver.
 */
final class Chromium {

  /** Debian's paths; -Dchromium.binary=… and -Dchromium.driver=… name others (and show the skip when set wrong). */
  static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
  static final String MISSING = "Chromium or chromedriver is missing (/usr/bin/chromium, /usr/bin/chromedriver): "
      + "install the Debian packages chromium and chromium-driver, as .ci/run does";

  private Chromium() {
  }

  /** For JUnit's @EnabledIf: true when both binaries are there; otherwise prints which one is missing. */
  static boolean available() {
    List<String> missing = Stream.of(BROWSER, DRIVER).filter(path -> !Files.isExecutable(path))
        .map(Path::toString).toList();
    if (!missing.isEmpty()) {
      System.out.println("Browser tests skipped: " + String.join(" and ", missing) + " not found. " + MISSING);
    }
    return missing.isEmpty();
  }

  /** A new headless browser whose preferred language is Chinese (zh-CN) and whose clock is Asia/Shanghai. */
  static ChromeDriver start() {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // FACTS.md "Webapps": the flags headless Debian Chromium needs, and nothing that calls home
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=zh-CN", "--window-size=1400,1600");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriver driver = new ChromeDriver(service, options);
    // headless Chromium keeps Intl (the date format form-js derives, mm/dd/yyyy) at en-US whatever --lang says;
    // a Chinese desktop browser has zh-CN there (yyyy/mm/dd). Through chromedriver, not the DevTools socket.
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
    return driver;
  }
}
