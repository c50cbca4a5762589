package edu.university.governance.service;

/** Who completes each user task of P1 and P3: the demo user of the task's candidate group (CONTRACT.md). */
final class Reviewers {

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
