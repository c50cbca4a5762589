package edu.university.governance.rules;

import java.util.Map;

/**
 * What the quota rules count in one union: departments, presidium members, heads and staff per
 * department, and how many current members came from a college union (Q9).
 */
public record UnionCounts(UnionLevel level, int departments, int presidium, Map<String, Integer> headsByDepartment,
                          Map<String, Integer> staffByDepartment, int membersFromCollegeUnion) {

  /** The counts after one more member joins with this post. */
  public UnionCounts with(Post post, String departmentId, boolean fromCollegeUnion) {
    Map<String, Integer> heads = new java.util.HashMap<>(headsByDepartment);
    Map<String, Integer> staff = new java.util.HashMap<>(staffByDepartment);
    if (post == Post.DEPARTMENT_HEAD) {
      heads.merge(departmentId, 1, Integer::sum);
    } else if (post == Post.STAFF) {
      staff.merge(departmentId, 1, Integer::sum);
    }
    return new UnionCounts(level, departments, presidium + (post == Post.PRESIDIUM ? 1 : 0), heads, staff,
        membersFromCollegeUnion + (fromCollegeUnion ? 1 : 0));
  }

  /** Everyone holding a post: presidium, heads and staff (Q2, Q6). */
  public int members() {
    return presidium + sum(headsByDepartment) + sum(staffByDepartment);
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
