package edu.university.governance.api;

import edu.university.governance.records.RecordException;
import edu.university.governance.records.Student;
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
}
