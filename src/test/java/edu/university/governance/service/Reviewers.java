package edu.university.governance.service;

import java.util.List;

/** Who completes each user task of P1 and P3: the demo user of the task's candidate group (CONTRACT.md). */
final class Reviewers {

  /** The five steps of P1 (CONTRACT.md), in order. */
  static final List<String> P1_STEPS = List.of("collegePartyReview", "studentAffairsReview", "graduateAffairsReview",
      "youthLeagueReview", "partyCommitteeDecision");

  private Reviewers() {
  }

  static String of(String taskKey, String collegeId) {
    return switch (taskKey) {
      case "collegeLeagueReview" -> "college-" + collegeId + "-league";
      case "collegePartyReview", "collegePartyDecision" -> "college-" + collegeId + "-party";
      case "studentAffairsReview" -> "student-affairs";
      case "graduateAffairsReview" -> "graduate-affairs";
      case "youthLeagueReview", "quotaExceptionReview" -> "youth-league";
      case "partyCommitteeDecision" -> "party-committee";
      default -> throw new IllegalArgumentException("No reviewer known for task " + taskKey);
    };
  }
}
