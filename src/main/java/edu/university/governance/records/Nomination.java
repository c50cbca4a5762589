package edu.university.governance.records;

/** A nomination under way or decided, fixed at its start: the process reads the nominee from here, not from variables. */
public record Nomination(long id, String procedureRule, String unionId, String studentId, String basis,
                         String processInstanceId, String status, Integer confirmedYear, String reason, String post,
                         String departmentId) {

  public static final String OPEN = "OPEN";
  public static final String CANDIDATE_CONFIRMED = "CANDIDATE_CONFIRMED";
  public static final String CANCELLED = "CANCELLED";
}
