package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewRankingTest {

  @Test
  @DisplayName("R3: ranked on the total of the five ratings, equal totals share a rank")
  void rankedOnMerit() {
    var ranking = ReviewRanking.rank(List.of(
        new ReviewRanking.Rated("chair", List.of(3, 3, 3, 3, 3)),
        new ReviewRanking.Rated("head", List.of(5, 5, 4, 5, 5)),
        new ReviewRanking.Rated("staff", List.of(4, 4, 4, 4, 4)),
        new ReviewRanking.Rated("other", List.of(5, 5, 5, 3, 2))));
    assertThat(ranking).extracting(ReviewRanking.Ranked::studentId).containsExactly("head", "other", "staff", "chair");
    assertThat(ranking).extracting(ReviewRanking.Ranked::rank).containsExactly(1, 2, 2, 4);
    assertThat(ranking.get(0).total()).isEqualTo(24);
    assertThat(ranking.get(0).average()).isEqualTo(4.8);
  }

  @Test
  @DisplayName("R2: five aspects on a 1–5 scale")
  void aspects() {
    assertThat(ReviewAspect.values()).extracting(ReviewAspect::variable)
        .containsExactly("politicalAttitude", "moralConduct", "study", "workResults", "discipline");
    assertThat(ReviewAspect.MIN).isEqualTo(1);
    assertThat(ReviewAspect.MAX).isEqualTo(5);
  }
}
