package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.university.governance.service.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist and Cockpit as a person uses them, in one browser: log in, start a process with its start form, find
 * a task under the group-task filter, claim it, fill its form, complete it. Elements are found by structure
 * (AngularJS ng-click handlers, form-js ids, hrefs), never by English text. The engine REST API, as admin, only
 * tells the test which ids to expect and waits for the engine; every step itself is done in the browser.
 */
final class Webapps {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path GUIDE_SCREENSHOTS = Path.of("src", "docs", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final By START_PROCESS = By.xpath("//a[span[contains(@class,'glyphicon-list-alt')]]");
  private static final By START_BUTTON = By.cssSelector("button[ng-click='startProcessInstance()']");
  private static final By COMPLETE_BUTTON = By.cssSelector("button[ng-click='complete()']");

  /** How many pixels of its content the element's nearest scrolling pane hides (0 when all of it shows). */
  private static final String SCROLLED_OUT_OF_VIEW = """
      let pane = arguments[0];
      while (pane && !(pane.scrollHeight > pane.clientHeight + 1
          && ['auto', 'scroll'].includes(getComputedStyle(pane).overflowY))) {
        pane = pane.parentElement;
      }
      return pane ? pane.scrollHeight - pane.clientHeight : 0;
      """;

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Http http;
  private final java.util.function.Function<String, String> passwords;
  private final String admin;
  private final String base;

  /** A task open in Tasklist, claimed, with its form. */
  record OpenTask(String id, CamundaForm form) {
  }

  /** With the demo's users: each password "demo", the administrator admin / admin. */
  Webapps(WebDriver driver, int port) {
    this(driver, port, Http::passwordOf, "admin");
  }

  /** With other users (a directory's): their passwords, and the administrator who reads the engine for the test. */
  Webapps(WebDriver driver, int port, java.util.function.Function<String, String> passwords, String admin) {
    this.driver = driver;
    // AngularJS and form-js re-render: an element found a moment ago may be gone, so look again
    this.wait = (WebDriverWait) new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200))
        .ignoring(StaleElementReferenceException.class);
    this.http = new Http(port, passwords);
    this.passwords = passwords;
    this.admin = admin;
    this.base = "http://127.0.0.1:" + port;
  }

  Http http() {
    return http;
  }

  WebDriver driver() {
    return driver;
  }

  /** A P1 nomination of the student to school-su, started by the league over engine-rest: its instance id. */
  String nominate(String league, String studentId) {
    var started = http.postJson(league, "/engine-rest/process-definition/key/school-presidium-candidacy/start",
        Http.variables("studentId", studentId, "unionId", "school-su", "basis", "OUTSTANDING_STUDENT",
            "statement", "表现突出"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** As the user, over engine-rest once the task is there: agrees with the comment. */
  void decide(String user, String instanceId, String taskKey, String comment) {
    var done = http.postJson(user, "/engine-rest/task/" + awaitTask(user, instanceId, taskKey) + "/complete",
        Http.variables("approved", true, "comment", comment));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  /** The Camunda user's first and last name, as the approval record and the case file give it. */
  String userName(String userId) {
    JsonNode profile = admin("/engine-rest/user/" + userId + "/profile");
    return (profile.get("firstName").asText("") + " " + profile.path("lastName").asText("")).strip();
  }

  /** On a case-file page: the class of a model element in the diagram (passed, current or idle). */
  String diagramClass(String elementId) {
    return driver.findElement(By.cssSelector("svg.bpmn-diagram [data-element='" + elementId + "']"))
        .getDomAttribute("class");
  }

  /** Opens a page of the service itself (e.g. /case-files), in the browser's current session. */
  void openPage(String path) {
    driver.get(base + path);
  }

  /** Logs out whoever was logged in and logs in to an app (tasklist, cockpit) as the user, with their password. */
  void login(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/camunda/app/" + app + "/default/");
    fill(wait, By.cssSelector("input[type=text]"), user);
    fill(wait, By.cssSelector("input[type=password]"), passwords.apply(user));
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[ng-click='logout()']")));
  }

  /** Logs in to Tasklist and checks that its menu speaks the language a Chinese browser should get. */
  void loginToTasklist(String user) {
    login("tasklist", user);
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS)).getText())
        .as("Tasklist's menu in locale " + Labels.language("tasklist"))
        .contains(Labels.label("tasklist", "START_PROCESS"));
  }

  /** Opens the start form of a process from Tasklist's "Start process" dialog, choosing it by its name. */
  CamundaForm openStartForm(String processKey) {
    String name = admin("/engine-rest/process-definition/key/" + processKey).get("name").asText();
    click(wait.until(ExpectedConditions.elementToBeClickable(START_PROCESS)));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//a[@ng-click='selectProcessDefinition(processDefinition)'][normalize-space(.)='" + name + "']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    return new CamundaForm(driver, wait,
        admin("/engine-rest/process-definition/key/" + processKey + "/deployed-start-form"));
  }

  /** Presses Start and returns the id of the instance it started; fails with Tasklist's message if it refused. */
  String start(String processKey) {
    Set<String> before = instanceIds(processKey);
    click(wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON)));
    return until("a new " + processKey + " instance", () -> {
      List<WebElement> errors = driver.findElements(By.cssSelector(".modal .alert-danger"));
      if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
        throw new AssertionError("Tasklist refused the start: " + errors.get(0).getText());
      }
      Set<String> started = instanceIds(processKey);
      started.removeAll(before);
      return started.size() == 1 ? started.iterator().next() : null;
    });
  }

  /** As the given user, once the engine has the task: the text of its card in the group-task list. */
  String groupTaskCard(String user, String instanceId, String taskKey) {
    String taskId = awaitTask(user, instanceId, taskKey);
    openGroupTasks(user);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(taskId))).getText();
  }

  /**
   * As the given user, once the engine has the task: logs in, opens the group-task filter, finds the task in
   * the list, opens and claims it.
   */
  OpenTask claimFromGroupTasks(String user, String instanceId, String taskKey) {
    String taskId = awaitTask(user, instanceId, taskKey);
    openGroupTasks(user);
    click(wait.until(ExpectedConditions.elementToBeClickable(taskLink(taskId))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-click='unclaim()']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    return new OpenTask(taskId, new CamundaForm(driver, wait, admin("/engine-rest/task/" + taskId + "/deployed-form")));
  }

  /**
   * Opens the follow-up date editor of the open task and returns what its date picker shows: the title and
   * the weekday headings; then leaves the editor with Escape, setting nothing.
   */
  List<String> followUpDatePicker() {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-inline-field].followup-date"))));
    By title = By.cssSelector(".uib-daypicker .uib-title strong");
    By weekdays = By.cssSelector(".uib-daypicker thead th small");
    wait.until(ExpectedConditions.visibilityOfElementLocated(title));
    List<String> shown = new ArrayList<>(texts(title));
    shown.addAll(texts(weekdays));
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    return shown;
  }

  /** Logs in to Tasklist as the user and shows the group-task filter's list. */
  void openGroupTasks(String user) {
    loginToTasklist(user);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//a[contains(normalize-space(.), '" + groupFilterName() + "')]"))));
  }

  /** Presses Complete and waits until the engine has completed the task. */
  void complete(OpenTask task) {
    pressComplete();
    until("task " + task.id() + " completed", () -> http.get(admin, "/engine-rest/task/" + task.id()).status() == 404);
  }

  /** Presses Complete if Tasklist lets one; false when the button is disabled. */
  boolean pressComplete() {
    WebElement button = wait.until(ExpectedConditions.visibilityOfElementLocated(COMPLETE_BUTTON));
    if (!button.isEnabled()) {
      return false;
    }
    click(button);
    return true;
  }

  /**
   * Closes Tasklist's messages (×), as a person does before pressing 完成 again: a message sits over the bottom
   * of the form, where 完成 is.
   */
  void dismissNotifications() {
    By close = By.cssSelector(".notifications button.close[ng-click^='removeNotification']");
    until("Tasklist's messages closed", () -> {
      List<WebElement> open = driver.findElements(close).stream().filter(WebElement::isDisplayed).toList();
      open.forEach(button -> click(button));
      return open.isEmpty();
    });
  }

  /** The id of the task as the user sees it over engine-rest (authorization applies), once the engine has it. */
  String awaitTask(String user, String instanceId, String taskKey) {
    return until(user + " sees task " + taskKey + " of " + instanceId, () -> {
      JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId
          + "&taskDefinitionKey=" + taskKey).json();
      return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
    });
  }

  /** A value from the history of an instance, read as admin, once it is there. */
  String historyVariable(String instanceId, String name) {
    return until(name + " of " + instanceId, () -> {
      JsonNode found = admin("/engine-rest/history/variable-instance?processInstanceId=" + instanceId
          + "&variableName=" + name);
      return found.size() == 1 && !found.get(0).get("value").isNull() ? found.get(0).get("value").asText() : null;
    });
  }

  JsonNode admin(String path) {
    Http.Response response = http.get(admin, path);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  void open(String appPath) {
    driver.get(base + "/camunda/app/" + appPath);
  }

  By taskLink(String taskId) {
    return By.cssSelector("a[href='#/?task=" + taskId + "']");
  }

  /** The visible texts of the elements found, trimmed. */
  List<String> texts(By by) {
    return driver.findElements(by).stream().map(element -> element.getText().trim()).toList();
  }

  WebDriverWait waiting() {
    return wait;
  }

  /**
   * Saves what the browser shows now as target/screenshots/{name}.png. A form longer than its pane is shown
   * whole: the window grows by what the pane would have to scroll, for the one picture. A picture of the staff guide
   * (src/docs/screenshots/{name}.png, when there is one of that name) is replaced by it, so that the guide shows
   * the screens as they are.
   */
  Path screenshot(String name) {
    Dimension normal = driver.manage().window().getSize();
    driver.findElements(By.cssSelector(".fjs-form")).stream().findFirst().ifPresent(form -> {
      long hidden = ((Number) ((JavascriptExecutor) driver).executeScript(SCROLLED_OUT_OF_VIEW, form)).longValue();
      if (hidden > 0) {
        driver.manage().window().setSize(new Dimension(normal.getWidth(), normal.getHeight() + (int) hidden));
      }
    });
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(normal);
    }
    Path guide = GUIDE_SCREENSHOTS.resolve(name + ".png");
    if (Files.exists(guide)) {
      try {
        Files.copy(file, guide, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.println("Screenshot " + file + ", also in the staff guide: " + guide);
    } else {
      System.out.println("Screenshot " + file);
    }
    return file;
  }

  /** After a failure: the screen and the page source, to see what the browser saw. */
  void saveFailure(String name) {
    screenshot("failed-" + name);
    write(SCREENSHOTS.resolve("failed-" + name + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo filter of unassigned tasks of the user's groups ("我的组任务"), by its query rather than its name. */
  private String groupFilterName() {
    for (JsonNode filter : admin("/engine-rest/filter?resourceType=Task")) {
      if (filter.path("query").has("candidateGroupsExpression")) {
        return filter.get("name").asText();
      }
    }
    throw new AssertionError("No group-task filter");
  }

  private Set<String> instanceIds(String processKey) {
    Set<String> ids = new HashSet<>();
    admin("/engine-rest/history/process-instance?processDefinitionKey=" + processKey)
        .forEach(instance -> ids.add(instance.get("id").asText()));
    return ids;
  }

  private void click(WebElement element) {
    click(driver, element);
  }

  /**
   * Types into a field (select all, then the value and any keys after it) until the field holds the value,
   * finding it afresh each time: the login page's autofocus can move the cursor while typing, form-js may render
   * a form again just after it appears, and a number field puts its default back when merely cleared.
   */
  static void fill(WebDriverWait wait, By by, String value, CharSequence... then) {
    wait.until(driver -> {
      WebElement field = ExpectedConditions.elementToBeClickable(by).apply(driver);
      if (field == null || value.equals(field.getDomProperty("value"))) {
        return field != null;
      }
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value + String.join("", then));
      return false;
    });
  }

  /** Clicks an element scrolled into the middle of the view (form-js checkboxes refuse clicks out of view). */
  static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Waits, polling the engine and the page, until the probe gives a value (non-null, not false). */
  static <T> T until(String what, Supplier<T> probe) {
    return new FluentWait<>(probe).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(200))
        .ignoring(StaleElementReferenceException.class).withMessage(what).until(Supplier::get);
  }
}
