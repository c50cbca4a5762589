package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md S3 for a college nomination (P3): a presidium candidate, a department head or department staff. */
class NominatedPostTest {

  @Test
  @DisplayName("S3: a presidium candidate is elected, not appointed: no roster post")
  void s3PresidiumCandidateHasNoRosterPost() {
    assertThat(NominatedPost.PRESIDIUM_CANDIDATE.post()).isEmpty();
  }

  @Test
  @DisplayName("S3: a nominated department head is appointed as Post.DEPARTMENT_HEAD")
  void s3DepartmentHeadMapsToPost() {
    assertThat(NominatedPost.DEPARTMENT_HEAD.post()).contains(Post.DEPARTMENT_HEAD);
  }

  @Test
  @DisplayName("S3: nominated staff are appointed as Post.STAFF")
  void s3StaffMapsToPost() {
    assertThat(NominatedPost.STAFF.post()).contains(Post.STAFF);
  }

  @ParameterizedTest(name = "S3: {0} parses")
  @EnumSource(NominatedPost.class)
  @DisplayName("S3: the three nominated posts parse by name")
  void s3ParsesTheThreeNominatedPosts(NominatedPost post) {
    assertThat(NominatedPost.parse(post.name())).isSameAs(post);
  }

  @ParameterizedTest(name = "S3: \"{0}\" is refused")
  @ValueSource(strings = {"CHAIR", "PRESIDIUM"})
  @NullAndEmptySource
  @DisplayName("S3: any other post (chair, presidium member, null, empty) is refused with rule S3")
  void s3RefusesOtherPosts(String value) {
    assertThatThrownBy(() -> NominatedPost.parse(value))
        .isInstanceOfSatisfying(RuleException.class, thrown -> {
          assertThat(thrown.violation().ruleId()).isEqualTo("S3");
          assertThat(thrown.getMessage()).startsWith("S3：");
          assertThat(thrown.violation().message()).contains("PRESIDIUM_CANDIDATE", "DEPARTMENT_HEAD", "STAFF");
        });
  }
}
