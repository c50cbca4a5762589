package edu.university.governance.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a Camunda Form lets its caller submit: each keyed field that is neither disabled nor read-only is an
 * input, with the kind of value its field type takes; disabled and read-only fields are display fields, shown
 * to staff and never written back. The form is the one declaration of a start or a task: Tasklist renders it,
 * and the engine's caller guard ({@link CallerGuard}) refuses everything else on every channel.
 */
public record FormDeclaration(String formId, Map<String, Input> inputs, Set<String> display) {

  /**
   * An input field: the kind of value it takes, the label staff read, and for a radio or select with fixed
   * options the label of each option by its value as text ("true" → "同意").
   */
  public record Input(Kind kind, String label, Map<String, String> options) {

    public Input(Kind kind, String label) {
      this(kind, label, Map.of());
    }

    /** The label of the option that stands for the value ("同意" for true), or null when there is none. */
    public String optionLabel(Object value) {
      return value == null ? null : options.get(String.valueOf(value));
    }

    /** "studentId（学号）", as refusals name a variable. */
    public String describe(String name) {
      return label == null || label.isBlank() ? name : name + "（" + label + "）";
    }
  }

  /** No form: nothing may be submitted. */
  public static final FormDeclaration NONE = new FormDeclaration(null, Map.of(), Set.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kind of value an input field takes, as engine-rest and the Java API deliver it. */
  public enum Kind {
    BOOLEAN("布尔值 true/false"),
    NUMBER("数字"),
    DATE_TIME("ISO-8601 时间字符串或 Date"),
    /** A choice whose options are all whole numbers (the R2 ratings): the form sends "4", REST callers 4. */
    WHOLE_CHOICE("字符串或整数"),
    TEXT("字符串");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Kind of(JsonNode field) {
      return switch (field.path("type").asText("")) {
        case "checkbox" -> BOOLEAN;
        case "number" -> NUMBER;
        case "datetime" -> DATE_TIME;
        // a choice between JSON booleans (同意 true / 不同意 false): form-js keeps the option's value, Tasklist sends
        // it as {value: true}, and engine-rest types it Boolean
        case "select", "radio" -> booleans(field.path("values")) ? BOOLEAN
            : wholeNumbers(field.path("values")) ? WHOLE_CHOICE : TEXT;
        default -> TEXT;
      };
    }

    private static boolean booleans(JsonNode options) {
      if (!options.isArray() || options.isEmpty()) {
        return false;
      }
      for (JsonNode option : options) {
        if (!option.path("value").isBoolean()) {
          return false;
        }
      }
      return true;
    }

    private static boolean wholeNumbers(JsonNode options) {
      if (!options.isArray() || options.isEmpty()) {
        return false;
      }
      for (JsonNode option : options) {
        if (!option.path("value").asText("").matches("-?\\d{1,9}")) {
          return false;
        }
      }
      return true;
    }

    /** Whether the value (raw, or a typed value from engine-rest) is of this kind; null is always accepted. */
    public boolean accepts(Object value) {
      Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
      if (raw == null) {
        return true;
      }
      return switch (this) {
        case BOOLEAN -> raw instanceof Boolean;
        case NUMBER -> raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Double;
        case WHOLE_CHOICE -> raw instanceof String || raw instanceof Integer || raw instanceof Long || raw instanceof Short;
        case DATE_TIME -> raw instanceof String || raw instanceof Date;
        // Tasklist sends a dynamic list as Json, and CONTRACT.md accepts P2's nominees as Json
        case TEXT -> raw instanceof String || raw instanceof SpinJsonNode;
      };
    }
  }

  /** The declaration of the form JSON (a deployed .form resource). */
  public static FormDeclaration parse(byte[] form) {
    JsonNode root;
    try {
      root = JSON.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Deployed form is not JSON", e);
    }
    Map<String, Input> inputs = new LinkedHashMap<>();
    Set<String> display = new LinkedHashSet<>();
    collect(root.path("components"), inputs, display);
    return new FormDeclaration(root.path("id").asText(null), Collections.unmodifiableMap(inputs),
        Collections.unmodifiableSet(display));
  }

  private static void collect(JsonNode components, Map<String, Input> inputs, Set<String> display) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
          display.add(key);
        } else {
          inputs.put(key, new Input(Kind.of(component), component.path("label").asText(null), options(component)));
        }
      }
      collect(component.path("components"), inputs, display);
    }
  }

  /** The fixed options of a radio or select, label by value as text, in the form's order. */
  private static Map<String, String> options(JsonNode component) {
    Map<String, String> options = new LinkedHashMap<>();
    for (JsonNode option : component.path("values")) {
      if (option.has("value") && option.path("value").isValueNode()) {
        options.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      }
    }
    return Collections.unmodifiableMap(options);
  }

  /** The inputs, for messages: "approved、comment", or "（无）". */
  public String inputList() {
    return inputs.isEmpty() ? "（无）" : String.join("、", inputs.keySet());
  }
}
