package edu.university.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form as Tasklist renders it with form-js. Fields are found by the id of their component (form-js
 * gives the input an id ending with it), and values are named as the process sees them: the form's own
 * definition, read from the engine, says which option or radio button shows that value. Nothing depends on the
 * language of the page.
 */
final class CamundaForm {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final JsonNode definition;

  CamundaForm(WebDriver driver, WebDriverWait wait, JsonNode definition) {
    this.driver = driver;
    this.wait = wait;
    this.definition = definition;
  }

  String id() {
    return definition.get("id").asText();
  }

  /** A text field, text area or number field: replaces its content (select all, type). */
  CamundaForm text(String key, String value) {
    type(key, "", value);
    return this;
  }

  /** A form-js select: opens its list and picks the option that stands for the value. */
  CamundaForm select(String key, String value) {
    String label = optionLabel(key, value);
    By display = fieldId(key, "-display");
    // the select's own input is hidden; its parent is what a user clicks
    until(() -> driver.findElement(display).getText().trim().equals(label), () -> {
      click(wait.until(ExpectedConditions.presenceOfElementLocated(fieldId(key, ""))).findElement(By.xpath("..")));
      click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))));
    });
    return this;
  }

  /**
   * A radio group: form-js numbers its buttons in the order of the form's values. The value is named as text
   * ("true", "false" for a decision whose options are JSON booleans).
   */
  CamundaForm radio(String key, String value) {
    JsonNode values = component(key).get("values");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).get("value").asText().equals(value)) {
        String suffix = "-" + i;
        until(() -> input(key, suffix).isSelected(), () -> click(input(key, suffix)));
        return this;
      }
    }
    throw new IllegalArgumentException("Radio " + key + " has no value " + value);
  }

  /** The value of the radio button chosen in a radio group, as the process sees it ("true"), or null when none is. */
  String chosen(String key) {
    JsonNode values = component(key).get("values");
    for (int i = 0; i < values.size(); i++) {
      if (input(key, "-" + i).isSelected()) {
        return values.get(i).get("value").asText();
      }
    }
    return null;
  }

  /** A checkbox, ticked. */
  CamundaForm check(String key) {
    until(() -> input(key, "").isSelected(), () -> click(input(key, "")));
    return this;
  }

  /**
   * A date-and-time field: the date typed in the format its placeholder shows (yyyy/mm/dd in a Chinese browser) and the
   * time as hh:mm (24 h), each confirmed with Enter as a user would.
   */
  CamundaForm dateTime(String key, LocalDateTime value) {
    String date = input(key, "-date").getAttribute("placeholder").replace("mm", "MM");
    String time = input(key, "-time").getAttribute("placeholder").replace("hh", "HH");
    type(key, "-date", DateTimeFormatter.ofPattern(date, Locale.ROOT).format(value), Keys.ENTER);
    type(key, "-time", DateTimeFormatter.ofPattern(time, Locale.ROOT).format(value), Keys.ENTER);
    return this;
  }

  /**
   * A date field (subtype date): the date typed in the order its placeholder shows, confirmed with Enter, without
   * leading zeros as the field then shows it (yyyy/mm/dd in a Chinese browser shows 2026/12/2).
   */
  CamundaForm date(String key, java.time.LocalDate value) {
    String date = input(key, "-date").getAttribute("placeholder").replace("mm", "M").replace("dd", "d");
    type(key, "-date", DateTimeFormatter.ofPattern(date, Locale.ROOT).format(value), Keys.ENTER);
    return this;
  }

  /** The date format a date field asks for (its placeholder, derived by form-js from the browser's locale). */
  String dateFormatOf(String key) {
    return input(key, "-date").getAttribute("placeholder");
  }

  /** The weekday headings of a date field's calendar (rendered with the field, shown when it opens). */
  String calendarWeekdays(String key) {
    WebElement field = input(key, "-date");
    return wait.until(d -> {
      List<WebElement> days = field.findElements(By.xpath(
          "(ancestor::*[contains(@class,'fjs-form-field')][1]//*[contains(@class,'flatpickr-weekdaycontainer')])[1]"
              + "/*[contains(@class,'flatpickr-weekday')]"));
      String text = days.stream().map(day -> day.getAttribute("textContent").strip()).collect(Collectors.joining());
      return text.isEmpty() ? null : text;
    });
  }

  /** The form-js error message under a field, once it shows one. */
  String errorOf(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-" + componentId(key) + "-error-message']"))).getText();
  }

  private void type(String key, String suffix, String value, CharSequence... then) {
    Webapps.fill(wait, fieldId(key, suffix), value, then);
  }

  /**
   * Acts until the field shows the result, looking at it afresh each time: form-js may render a form again just
   * after it appears, losing what was done.
   */
  private void until(BooleanSupplier done, Runnable act) {
    wait.until(driver -> {
      if (done.getAsBoolean()) {
        return true;
      }
      act.run();
      return false;
    });
  }

  private WebElement input(String key, String suffix) {
    return wait.until(ExpectedConditions.elementToBeClickable(fieldId(key, suffix)));
  }

  private By fieldId(String key, String suffix) {
    return By.cssSelector("[id$='-" + componentId(key) + suffix + "']");
  }

  private void click(WebElement element) {
    Webapps.click(driver, element);
  }

  private String optionLabel(String key, String value) {
    for (JsonNode option : component(key).get("values")) {
      if (option.get("value").asText().equals(value)) {
        return option.get("label").asText();
      }
    }
    throw new IllegalArgumentException("Select " + key + " has no value " + value);
  }

  private String componentId(String key) {
    return component(key).get("id").asText();
  }

  private JsonNode component(String key) {
    JsonNode found = find(definition.get("components"), key);
    if (found == null) {
      throw new IllegalArgumentException("Form " + id() + " has no field " + key);
    }
    return found;
  }

  private static JsonNode find(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText(null))) {
        return component;
      }
      if (component.has("components")) {
        JsonNode nested = find(component.get("components"), key);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }
}
