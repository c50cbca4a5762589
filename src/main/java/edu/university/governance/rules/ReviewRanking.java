package edu.university.governance.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R3: award nominations follow the review result, on merit. The ranking orders members by the total of
 * their five ratings; their post plays no part. Equal totals share a rank ("1, 2, 2, 4").
 */
public final class ReviewRanking {

  /** One member's ratings, in the order of {@link ReviewAspect}. */
  public record Rated(String studentId, List<Integer> ratings) {

    public int total() {
      return ratings.stream().mapToInt(Integer::intValue).sum();
    }
  }

  public record Ranked(int rank, String studentId, int total, double average) {
  }

  private ReviewRanking() {
  }

  public static List<Ranked> rank(List<Rated> rated) {
    List<Rated> sorted = new ArrayList<>(rated);
    sorted.sort(Comparator.comparingInt(Rated::total).reversed().thenComparing(Rated::studentId));
    List<Ranked> ranking = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Rated member = sorted.get(i);
      int rank = i > 0 && sorted.get(i - 1).total() == member.total() ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new Ranked(rank, member.studentId(), member.total(),
          Math.round(member.total() * 100.0 / ReviewAspect.values().length) / 100.0));
    }
    return ranking;
  }
}
