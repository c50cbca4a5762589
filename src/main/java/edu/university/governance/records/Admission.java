package edu.university.governance.records;

import edu.university.governance.rules.Post;
import org.springframework.stereotype.Service;

/**
 * Whether a student may take a post in a union as far as the records go: a department post names a
 * department the union has and a presidium post names none (S1), a college union takes students of its
 * own college, and nobody holds two posts in one union. The one admission check of a roster load and of
 * a nomination's start (P2, P3); eligibility (E1–E3) and the quotas are decided apart. Each caller words
 * the refusals for its own reader.
 */
@Service
public class Admission {

  /** How the department given fits the post. */
  public enum DepartmentFit {
    /** A department of the union for a department post, none for the presidium. */
    FITS,
    /** A department post without a department. */
    MISSING,
    /** A department the union does not have. */
    UNKNOWN,
    /** A department given for a presidium post. */
    NOT_FOR_PRESIDIUM
  }

  /**
   * What the records say: how the department fits the post (null when no post was given), the student's
   * college when a college union may not take them (else null), and the post the student already holds in
   * the union (else null; null too when no student was given).
   */
  public record Check(DepartmentFit department, String otherCollegeId, Post heldPost) {
  }

  private final UnionRepository unions;
  private final RosterRepository roster;

  public Admission(UnionRepository unions, RosterRepository roster) {
    this.unions = unions;
    this.roster = roster;
  }

  /** Checks the student (may be null) for the post (may be null) and department (may be null) in the union. */
  public Check check(UnionRecord union, Student student, Post post, String departmentId) {
    DepartmentFit department = post == null ? null : fit(union, post, departmentId);
    String otherCollegeId = student != null && union.collegeId() != null && !union.collegeId().equals(student.collegeId())
        ? student.collegeId() : null;
    Post held = student == null ? null : roster.currentPost(union.unionId(), student.studentId()).orElse(null);
    return new Check(department, otherCollegeId, held);
  }

  private DepartmentFit fit(UnionRecord union, Post post, String departmentId) {
    if (!post.inDepartment()) {
      return departmentId == null ? DepartmentFit.FITS : DepartmentFit.NOT_FOR_PRESIDIUM;
    }
    if (departmentId == null) {
      return DepartmentFit.MISSING;
    }
    return unions.department(union.unionId(), departmentId).isPresent() ? DepartmentFit.FITS : DepartmentFit.UNKNOWN;
  }
}
