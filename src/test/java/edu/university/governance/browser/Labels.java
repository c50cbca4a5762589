package edu.university.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The webapps' own words (buttons, headings) as a Chinese browser should see them: from the app's zh locale
 * when the service ships one, from Camunda's en locale otherwise. Tests compare the page with these instead
 * of hard-coding either language.
 */
final class Labels {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Labels() {
  }

  /** "zh" when the service ships a zh locale for the app, else "en". */
  static String language(String app) {
    return Labels.class.getClassLoader().getResource(path(app, "zh")) != null ? "zh" : "en";
  }

  /** The text of a key of the app's locale file (e.g. tasklist START_PROCESS). */
  static String label(String app, String key) {
    String language = language(app);
    try (InputStream in = resource(app, language)) {
      // Jackson skips the byte order mark Camunda's en.json starts with
      JsonNode value = MAPPER.readTree(in).path("labels").path(key);
      if (!value.isTextual()) {
        throw new IllegalArgumentException("No label " + key + " in " + app + " locale " + language);
      }
      return value.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String app, String language) {
    return Labels.class.getClassLoader().getResourceAsStream(path(app, language));
  }

  private static String path(String app, String language) {
    return "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
  }
}
