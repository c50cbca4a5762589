package edu.university.governance.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Group ids of CONTRACT.md "Organisation units and their Camunda groups". */
public final class Groups {

  public static final String PARTY_COMMITTEE = "party-committee";
  public static final String STUDENT_AFFAIRS = "student-affairs";
  public static final String GRADUATE_AFFAIRS = "graduate-affairs";
  public static final String YOUTH_LEAGUE = "youth-league";
  public static final String YOUTH_LEAGUE_DEPUTY = "youth-league-deputy";
  public static final String REVIEW_BOARD = "review-board";
  public static final String ADMIN = "camunda-admin";
  /** May read the metrics at /actuator/prometheus (operator guide "Health and metrics"), nothing else. */
  public static final String MONITORING = "monitoring";

  /** The school-level offices, with the names staff read. */
  public static final Map<String, String> SCHOOL_OFFICES = schoolOffices();

  private Groups() {
  }

  public static String collegeLeague(String collegeId) {
    return "college-" + collegeId + "-league";
  }

  public static String collegeParty(String collegeId) {
    return "college-" + collegeId + "-party";
  }

  public static String classBranch(String classId) {
    return "class-" + classId + "-branch";
  }

  public static String unionPresidium(String unionId) {
    return "union-" + unionId;
  }

  private static Map<String, String> schoolOffices() {
    Map<String, String> offices = new LinkedHashMap<>();
    offices.put(PARTY_COMMITTEE, "学校党委");
    offices.put(STUDENT_AFFAIRS, "学生工作部（处）");
    offices.put(GRADUATE_AFFAIRS, "研究生工作部");
    offices.put(YOUTH_LEAGUE, "校团委");
    offices.put(YOUTH_LEAGUE_DEPUTY, "校团委专职副书记");
    offices.put(REVIEW_BOARD, "评议会");
    return Map.copyOf(offices);
  }
}
