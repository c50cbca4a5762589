package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md S3: only presidium member, department head and department staff exist. */
class PostTest {

  @ParameterizedTest(name = "S3: {0} parses")
  @CsvSource({"PRESIDIUM, PRESIDIUM", "DEPARTMENT_HEAD, DEPARTMENT_HEAD", "STAFF, STAFF"})
  @DisplayName("S3: the three posts parse")
  void s3ParsesTheThreePosts(String value, Post expected) {
    assertThat(Post.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "S3: \"{0}\" is refused")
  @ValueSource(strings = {"CHAIR", "VICE_CHAIR", "staff", "主席"})
  @NullAndEmptySource
  @DisplayName("S3: any other title (chair, vice chair, null, empty) is refused with rule S3")
  void s3RefusesOtherTitles(String value) {
    assertThatThrownBy(() -> Post.parse(value))
        .isInstanceOfSatisfying(RuleException.class, thrown -> {
          assertThat(thrown.violation().ruleId()).isEqualTo("S3");
          assertThat(thrown.getMessage()).startsWith("S3：");
        });
  }
}
