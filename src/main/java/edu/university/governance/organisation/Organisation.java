package edu.university.governance.organisation;

import edu.university.governance.records.College;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.records.Department;
import edu.university.governance.records.RecordException;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.RuleException;
import edu.university.governance.rules.RuleViolation;
import edu.university.governance.rules.UnionLevel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up the organisation: the school unions and offices, colleges with their classes, unions and
 * groups, and the departments of a union. Each call runs in one transaction with the engine's identity
 * writes, so a refused request leaves nothing behind.
 */
@Service
public class Organisation {

  /** Lower-case letters and digits: a college id becomes part of union and group ids ("cs" → "cs-su"). */
  private static final Pattern COLLEGE_ID = Pattern.compile("[a-z][a-z0-9]{1,19}");
  private static final Pattern CLASS_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");
  private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z][a-z0-9-]{0,29}");
  private static final int MAX_NAME = 100;

  private final CollegeRepository colleges;
  private final UnionRepository unions;
  private final AccessPolicy access;
  private final UnionQuotas quotas;

  public Organisation(CollegeRepository colleges, UnionRepository unions, AccessPolicy access, UnionQuotas quotas) {
    this.colleges = colleges;
    this.unions = unions;
    this.access = access;
    this.quotas = quotas;
  }

  /** The school unions, the school offices, the administrators and the monitoring group; repeated at every start-up. */
  @Transactional
  public void ensureSchool() {
    access.ensureAdministrators();
    access.ensureMonitoring();
    access.ensureSchoolOffices();
    for (UnionRecord union : List.of(
        new UnionRecord("school-su", "校级学生会", UnionLevel.SCHOOL, "SU", null),
        new UnionRecord("school-gsu", "研究生会", UnionLevel.SCHOOL, "GSU", null))) {
      unions.insertIfMissing(union);
      access.ensureUnionPresidium(union.unionId(), union.name());
    }
  }

  /** Creates a college, its classes, its two unions and every group that belongs to it. */
  @Transactional
  public College createCollege(String collegeId, String name, List<String> classIds) {
    if (collegeId == null || !COLLEGE_ID.matcher(collegeId).matches() || collegeId.equals("school")) {
      throw RecordException.invalid("collegeId", null,
          "collegeId 应为 2–20 位小写字母或数字、以字母开头，且不能是 school");
    }
    String collegeName = requireName("name", name);
    if (classIds == null || classIds.isEmpty()) {
      throw RecordException.invalid("classIds", null, "classIds 至少包含一个班级");
    }
    Set<String> seen = new HashSet<>();
    for (String classId : classIds) {
      if (classId == null || !CLASS_ID.matcher(classId).matches()) {
        throw RecordException.invalid("classIds", null, "班级编号“" + classId + "”应为 1–30 位小写字母、数字或 -");
      }
      if (!seen.add(classId)) {
        throw RecordException.invalid("classIds", null, "班级编号 " + classId + " 重复");
      }
    }
    if (colleges.exists(collegeId)) {
      throw RecordException.conflict("collegeId", null, "学院 " + collegeId + " 已存在");
    }
    var taken = colleges.collegeOfEveryClass();
    for (String classId : classIds) {
      if (taken.containsKey(classId)) {
        throw RecordException.conflict("classIds", null, "班级 " + classId + " 已属于学院 " + taken.get(classId));
      }
    }
    College college = new College(collegeId, collegeName, List.copyOf(classIds));
    colleges.insert(college);
    access.ensureCollege(collegeId, collegeName, college.classIds());
    for (UnionRecord union : collegeUnions(collegeId, collegeName)) {
      unions.insertIfMissing(union);
      access.ensureUnionPresidium(union.unionId(), union.name());
    }
    return college;
  }

  /**
   * Every group of a college with the name the service gives it (league, Party organisation, class branches, the
   * presidiums of its two unions); under profile ldap the directory must hold them, and each one found there is flagged.
   * Empty when the service keeps its own groups.
   */
  public List<ExpectedGroup> directoryGroups(College college) {
    if (!access.groupsFromDirectory()) {
      return List.of();
    }
    Map<String, String> groups = new LinkedHashMap<>(
        AccessPolicy.collegeGroups(college.collegeId(), college.name(), college.classIds()));
    for (UnionRecord union : collegeUnions(college.collegeId(), college.name())) {
      groups.put(Groups.unionPresidium(union.unionId()), AccessPolicy.presidiumName(union.name()));
    }
    Set<String> found = access.existingGroups(groups.keySet());
    return groups.entrySet().stream()
        .map(group -> new ExpectedGroup(group.getKey(), group.getValue(), found.contains(group.getKey()))).toList();
  }

  /** A group a directory should hold: its id (the cn), the name the service would give it, whether it is there now. */
  public record ExpectedGroup(String groupId, String name, boolean inDirectory) {
  }

  /** Adds a work department (S1); Q1: a union has generally no more than six. */
  @Transactional
  public Department addDepartment(String unionId, String departmentId, String name) {
    UnionRecord union = unions.lock(unionId);
    if (departmentId == null || !DEPARTMENT_ID.matcher(departmentId).matches()) {
      throw RecordException.invalid("departmentId", null, "departmentId 应为 1–30 位小写字母、数字或 -，以字母开头");
    }
    String departmentName = requireName("name", name);
    List<Department> existing = unions.departments(union.unionId());
    if (existing.stream().anyMatch(d -> d.departmentId().equals(departmentId))) {
      throw RecordException.conflict("departmentId", null, union.name() + "已有部门 " + departmentId);
    }
    Optional<RuleViolation> q1 = Quotas.newDepartment(union.name(), existing.size(), quotas.limits(union));
    if (q1.isPresent()) {
      throw new RuleException(q1.get());
    }
    Department department = new Department(union.unionId(), departmentId, departmentName);
    unions.insertDepartment(department);
    return department;
  }

  private static List<UnionRecord> collegeUnions(String collegeId, String collegeName) {
    return List.of(new UnionRecord(collegeId + "-su", collegeName + "学生会", UnionLevel.COLLEGE, "SU", collegeId),
        new UnionRecord(collegeId + "-gsu", collegeName + "研究生分会", UnionLevel.COLLEGE, "GSU", collegeId));
  }

  private static String requireName(String field, String value) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_NAME
        || value.chars().anyMatch(Character::isISOControl)) {
      throw RecordException.invalid(field, null, field + " 不能为空，不超过 " + MAX_NAME + " 个字符，不含控制字符");
    }
    return value.strip();
  }
}
