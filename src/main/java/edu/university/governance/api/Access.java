package edu.university.governance.api;

import edu.university.governance.records.RecordException;
import edu.university.governance.records.Student;
import edu.university.governance.records.UnionRecord;
import java.util.function.Predicate;
import edu.university.governance.security.Caller;
import edu.university.governance.organisation.Groups;

/** Who may read and change what through /api: administrators change the organisation; reading a student is limited. */
final class Access {

  private Access() {
  }

  static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw RecordException.forbidden("需要系统管理员（" + Groups.ADMIN + "）权限");
    }
  }

  /** A student's record: administrators, the school offices, and the groups of the student's own college and class. */
  static void requireMayRead(Caller caller, Student student) {
    boolean allowed = caller.isAdmin()
        || Groups.SCHOOL_OFFICES.keySet().stream().anyMatch(caller::inGroup)
        || caller.inGroup(Groups.collegeLeague(student.collegeId()))
        || caller.inGroup(Groups.collegeParty(student.collegeId()))
        || caller.inGroup(Groups.classBranch(student.classId()));
    if (!allowed) {
      throw RecordException.forbidden("无权查看其他学院学生的记录");
    }
  }

  /**
   * C1's congress overview: administrators and the school offices that oversee the unions (the Youth League committee
   * and its deputy secretary, the Party committee, Student and Graduate Affairs) see every union; a college's league
   * and Party organisation see their own college's unions; anyone else (the review board, presidiums, branches) none.
   */
  static Predicate<UnionRecord> congressesVisible(Caller caller) {
    if (caller.isAdmin() || Groups.SCHOOL_OFFICES.keySet().stream()
        .anyMatch(group -> !group.equals(Groups.REVIEW_BOARD) && caller.inGroup(group))) {
      return union -> true;
    }
    Predicate<UnionRecord> ownCollege = union -> union.collegeId() != null
        && (caller.inGroup(Groups.collegeLeague(union.collegeId())) || caller.inGroup(Groups.collegeParty(union.collegeId())));
    if (caller.groupIds().stream().noneMatch(group -> group.startsWith("college-"))) {
      throw RecordException.forbidden("C1：学生代表大会年度情况仅限系统管理员、校团委、学校党委、学生工作部（处）、研究生工作部"
          + "及学院团组织、学院党组织（本学院）查看");
    }
    return ownCollege;
  }
}
