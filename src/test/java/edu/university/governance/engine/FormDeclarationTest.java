package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import edu.university.governance.engine.FormDeclaration.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormDeclarationTest {

  private static FormDeclaration form(String components) {
    return FormDeclaration.parse(("{\"id\":\"f\",\"components\":[" + components + "]}").getBytes(StandardCharsets.UTF_8));
  }

  private static String choice(String type, String values) {
    return "{\"id\":\"c\",\"type\":\"" + type + "\",\"key\":\"approved\",\"label\":\"审核决定\",\"values\":[" + values + "]}";
  }

  @Test
  @DisplayName("A radio or select whose option values are all JSON booleans takes a Boolean (同意 true / 不同意 false)")
  void booleanChoiceIsBoolean() {
    String values = "{\"label\":\"同意\",\"value\":true},{\"label\":\"不同意\",\"value\":false}";
    for (String type : new String[] {"radio", "select"}) {
      FormDeclaration.Input input = form(choice(type, values)).inputs().get("approved");
      assertThat(input.kind()).as(type).isEqualTo(Kind.BOOLEAN);
      assertThat(input.kind().accepts(true)).isTrue();
      assertThat(input.kind().accepts(false)).isTrue();
      assertThat(input.kind().accepts("true")).as("a string is not a decision").isFalse();
      assertThat(input.optionLabel(true)).isEqualTo("同意");
      assertThat(input.optionLabel(false)).isEqualTo("不同意");
      assertThat(input.optionLabel(null)).isNull();
    }
  }

  @Test
  @DisplayName("Options mixing booleans with strings, string \"true\"/\"false\", whole numbers and text keep their kinds")
  void otherChoicesKeepTheirKinds() {
    assertThat(form(choice("radio", "{\"label\":\"是\",\"value\":true},{\"label\":\"否\",\"value\":\"no\"}"))
        .inputs().get("approved").kind()).isEqualTo(Kind.TEXT);
    assertThat(form(choice("radio", "{\"label\":\"是\",\"value\":\"true\"},{\"label\":\"否\",\"value\":\"false\"}"))
        .inputs().get("approved").kind()).isEqualTo(Kind.TEXT);
    assertThat(form(choice("radio", "{\"label\":\"4\",\"value\":\"4\"},{\"label\":\"5\",\"value\":\"5\"}"))
        .inputs().get("approved").kind()).isEqualTo(Kind.WHOLE_CHOICE);
    assertThat(form(choice("select", "")).inputs().get("approved").kind()).isEqualTo(Kind.TEXT);
    assertThat(form("{\"id\":\"c\",\"type\":\"checkbox\",\"key\":\"approved\"}").inputs().get("approved").kind())
        .isEqualTo(Kind.BOOLEAN);
  }

  @Test
  @DisplayName("Every deployed decision form asks for approved as a boolean radio without default, and delegate-shortfall for approveQ11Exception")
  void decisionFormsDeclareABooleanChoice() throws IOException {
    for (String id : new String[] {"activity-review", "candidacy-review", "candidacy-decision", "nomination-review",
        "congress-approval", "quota-exception", "delegate-shortfall"}) {
      FormDeclaration form;
      try (InputStream in = getClass().getResourceAsStream("/forms/" + id + ".form")) {
        assertThat(in).as(id).isNotNull();
        form = FormDeclaration.parse(in.readAllBytes());
      }
      String key = id.equals("delegate-shortfall") ? "approveQ11Exception" : "approved";
      FormDeclaration.Input input = form.inputs().get(key);
      assertThat(input).as(id + " " + key).isNotNull();
      assertThat(input.kind()).as(id).isEqualTo(Kind.BOOLEAN);
      assertThat(input.options()).as(id).containsOnlyKeys("true", "false");
      assertThat(input.optionLabel(false)).as(id).startsWith("不");
    }
  }
}
