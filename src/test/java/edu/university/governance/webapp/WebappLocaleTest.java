package edu.university.governance.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese webapp locales (issue #6) against the English ones Camunda ships in camunda-webapp-webjar: the webapp
 * shows a missing key as the key itself, and a lost {{placeholder}} drops a user name or a count from a message, so
 * every key and every token of en.json must be in zh.json. Our config.js must win over the shipped one and offer zh.
 */
class WebappLocaleTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  /**
   * What the webapp fills in or renders: angular-translate {{params}}, moment's %s/%d and HTML tags (a, br, strong...;
   * not texts in angle brackets such as {@code <null>} or {@code <version>}, which are words to translate).
   */
  private static final Pattern TOKEN =
      Pattern.compile("\\{\\{.*?}}|%[sd]|</?(?:a|b|br|code|em|i|li|ol|p|span|strong|u|ul)\\b[^>]*>");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("zh.json has exactly the keys of the shipped en.json and keeps every placeholder")
  void chineseLocaleMatchesEnglish(String app) throws IOException {
    String zhPath = APP + app + "/locales/zh.json";
    byte[] zhBytes = read(zhPath);
    assertThat(zhBytes)
        .as("%s is missing from the classpath (cockpit's is written on branch locale-cockpit)", zhPath)
        .isNotNull();
    assertThat(zhBytes.length >= 3 && (zhBytes[0] & 0xFF) == 0xEF)
        .as("%s starts with a UTF-8 byte order mark", zhPath)
        .isFalse();

    Map<String, JsonNode> english = leaves(JSON.readTree(read(APP + app + "/locales/en.json")));
    Map<String, JsonNode> chinese = leaves(JSON.readTree(zhBytes));
    List<String> problems = new ArrayList<>();
    english.keySet().stream()
        .filter(path -> !chinese.containsKey(path))
        .forEach(path -> problems.add("missing in zh: " + path));
    chinese.keySet().stream()
        .filter(path -> !english.containsKey(path))
        .forEach(path -> problems.add("extra in zh: " + path));
    english.forEach((path, value) -> {
      JsonNode translated = chinese.get(path);
      if (translated == null) {
        return;
      }
      for (String token : tokens(value.asText())) {
        if (!translated.asText().contains(token)) {
          problems.add("lost " + token + " in zh: " + path);
        }
      }
    });

    assertThat(problems).as("%s: zh.json against the shipped en.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("our config.js replaces the shipped one and offers zh, other languages falling back to en")
  void configOffersChinese(String app) throws IOException {
    String path = APP + app + "/scripts/config.js";
    URL first = getClass().getClassLoader().getResource(path);
    assertThat(first).as(path).isNotNull();
    assertThat(first.toString())
        .as("the first %s on the classpath must be ours, not the webjar's", path)
        .doesNotContain("camunda-webapp-webjar");

    String config = new String(read(path), StandardCharsets.UTF_8);
    assertThat(config).as("%s takes the shared locale settings", path)
        .contains("from '../../governance/webapp-config.js'").containsPattern("export default webappConfig\\(");

    String shared = APP + "governance/webapp-config.js";
    String locales = new String(read(shared), StandardCharsets.UTF_8);
    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(locales);
    assertThat(available.find()).as("%s sets locales.availableLocales", shared).isTrue();
    assertThat(available.group(1).split(","))
        .extracting(locale -> locale.strip().replace("'", "").replace("\"", ""))
        .as("%s availableLocales", shared)
        .containsExactly("zh", "en");
    // zh falls back to zh (zh.json loaded alone keeps moment.js in Chinese), every other language to en
    assertThat(locales).as("%s fallbackLocale", shared).containsPattern("fallbackLocale:\\s*chinese \\? 'zh' : 'en'");
  }

  /** Every string or number of the tree by its path, e.g. {@code labels.SAVE} or {@code dateLocales.months[11]}. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new TreeMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** The resource's bytes as the classpath serves it first, or null if there is none. */
  private byte[] read(String path) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
