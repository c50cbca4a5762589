package edu.university.governance.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * S4: for a major piece of work a union recruits volunteers for that project only ("因事用人、事完人散"):
 * at most as many as the project asked for, each a student in the records. They are not staff, so no
 * quota counts them and no roster holds them; they are released when the project ends.
 */
public final class Volunteers {

  private Volunteers() {
  }

  /**
   * Why recruiting these students for a project that needs that many is refused, as staff read it; empty
   * when the recruitment stands. knownStudentIds are those of studentIds that the records hold.
   */
  public static Optional<String> refusal(Set<String> studentIds, int needed, Set<String> knownStudentIds) {
    if (studentIds.size() > needed) {
      return Optional.of(new RuleViolation("S4", "志愿者 " + studentIds.size() + " 名，超过所需的 " + needed + " 名").text());
    }
    List<String> unknown = studentIds.stream().filter(id -> !knownStudentIds.contains(id)).toList();
    return unknown.isEmpty() ? Optional.empty() : Optional.of("学号不存在：" + String.join("、", unknown));
  }
}
