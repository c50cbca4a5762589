package edu.university.governance.records;

import edu.university.governance.records.RecordException.Problem;
import edu.university.governance.rules.AcademicCalendar;
import edu.university.governance.rules.Convention;
import edu.university.governance.rules.Eligibility;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.QuotaLimits;
import edu.university.governance.rules.Quotas;
import edu.university.governance.rules.RuleException;
import edu.university.governance.rules.RuleViolation;
import edu.university.governance.rules.UnionCounts;
import edu.university.governance.rules.UnionLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A union's roster: the initial load of the members it already has when the service is introduced,
 * under the same eligibility (E1–E3) and quota rules (S3, Q2–Q8) as an appointment.
 */
@Service
public class Roster {

  private static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}");

  /**
   * One member to load; term defaults to the current academic year. conventionSignedAt (optional, yyyy-MM-dd): the day
   * the member signed the self-discipline convention (D1); a member loaded without it is listed in the quota view.
   */
  public record Member(String studentId, String post, String departmentId, String term, String conventionSignedAt) {

    public Member(String studentId, String post, String departmentId, String term) {
      this(studentId, post, departmentId, term, null);
    }
  }

  /** The columns of a roster file (CSV or .xlsx) and their Chinese headings; 学号 and 职务 are required, the D1 date optional. */
  public static final Map<String, String> HEADINGS = headings();
  private static final List<String> REQUIRED = List.of("studentId", "post");

  /** Why one member is refused: the field or the rule, and the text staff read. */
  private record Refusal(String field, String rule, String text) {

    static Refusal field(String field, String text) {
      return new Refusal(field, null, field + "：" + text);
    }

    static Refusal rule(RuleViolation violation) {
      return new Refusal("member", violation.ruleId(), violation.text());
    }
  }

  private final UnionRepository unions;
  private final RosterRepository roster;
  private final StudentRepository students;
  private final Clock clock;
  private final UnionQuotas quotas;
  private final Admission admission;
  private final Appointments appointments;

  public Roster(UnionRepository unions, RosterRepository roster, StudentRepository students, Clock clock,
                UnionQuotas quotas, Admission admission, Appointments appointments) {
    this.unions = unions;
    this.roster = roster;
    this.students = students;
    this.clock = clock;
    this.quotas = quotas;
    this.admission = admission;
    this.appointments = appointments;
  }

  /**
   * Loads the members in order, each checked against the roster as it would be after the earlier
   * ones. One refused member refuses the load, and every refused member is reported with its row.
   * The seats are taken under the union lock, like every other change to the union's roster.
   */
  @Transactional
  public List<RosterEntry> load(String unionId, List<Member> members) {
    appointments.seat(unionId, (union, today) -> seats(union, today, members, null));
    return roster.current(unionId);
  }

  /**
   * The same load from a file staff keep: a CSV (UTF-8 or GB18030/GBK) or .xlsx table whose header names the columns
   * (studentId, post, departmentId, term, conventionSignedAt) or gives their Chinese headings (学号, 职务, 部门, 任期,
   * 签署自律公约日期). Posts may be written
   * by their Chinese names (主席团成员, 部门负责人, 工作人员) and departments by theirs; refusals name the file's line.
   */
  @Transactional
  public List<RosterEntry> loadFile(String unionId, UploadedTable.Upload upload) {
    UploadedTable.Table table = UploadedTable.read(upload, HEADINGS, REQUIRED, "名册");
    List<Problem> problems = table.lines().stream().filter(l -> l.problem() != null)
        .map(l -> new Problem(l.line(), l.row(), "row", null, "第 " + l.line() + " 行" + l.problem())).toList();
    if (!problems.isEmpty()) {
      throw new RecordException(RecordException.Kind.INVALID, "名册导入被拒绝，未写入任何成员：" + problems.stream()
          .map(Problem::message).collect(Collectors.joining("；")), problems);
    }
    Map<String, String> departmentByName = new HashMap<>();
    unions.departments(unionId).forEach(d -> departmentByName.putIfAbsent(d.name(), d.departmentId()));
    List<Member> members = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (UploadedTable.Line line : table.lines()) {
      Map<String, String> v = line.values();
      String post = blankToNull(v.get("post"));
      for (Post each : Post.values()) {
        if (each.label().equals(post)) {
          post = each.name();
        }
      }
      String department = blankToNull(v.get("departmentId"));
      members.add(new Member(blankToNull(v.get("studentId")), post,
          department == null ? null : departmentByName.getOrDefault(department, department), blankToNull(v.get("term")),
          blankToNull(v.get("conventionSignedAt"))));
      lines.add(line.line());
    }
    appointments.seat(unionId, (union, today) -> seats(union, today, members, lines));
    return roster.current(unionId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Map<String, String> headings() {
    Map<String, String> headings = new LinkedHashMap<>();
    headings.put("studentId", "学号");
    headings.put("post", "职务");
    headings.put("departmentId", "部门");
    headings.put("term", "任期");
    headings.put("conventionSignedAt", Convention.LABEL);
    return java.util.Collections.unmodifiableMap(headings);
  }

  /** The seats of the members, or a refusal of them all; {@code lines}: each member's line in a file, or null. */
  private List<Appointments.Seat> seats(UnionRecord union, LocalDate today, List<Member> members, List<Integer> lines) {
    if (members == null || members.isEmpty()) {
      throw RecordException.invalid("members", null, "请求体应为非空的成员数组");
    }
    UnionQuotas.Standing standing = quotas.standing(union);
    UnionCounts counts = standing.counts();
    Set<String> loaded = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    List<Appointments.Seat> seats = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      int row = i + 1;
      List<Refusal> refusals = new ArrayList<>();
      Student student = member == null || member.studentId() == null ? null
          : students.find(member.studentId()).orElse(null);
      Post post = parsePost(member == null ? null : member.post(), refusals);
      String term = member == null || member.term() == null ? AcademicCalendar.academicYear(today) : member.term();
      if (student == null) {
        refusals.add(Refusal.field("studentId", "学生 " + (member == null ? null : member.studentId()) + " 不存在"));
      } else if (post != null) {
        refusals.addAll(admissionProblems(union, counts, standing.limits(), student, post, member.departmentId(), loaded));
      }
      if (!TERM.matcher(term).matches()) {
        refusals.add(Refusal.field("term", "任期应形如 2026-2027，实际为“" + term + "”"));
      }
      LocalDate signed = null;
      try {
        signed = Convention.signedOnIfGiven(member == null ? null : member.conventionSignedAt(), today, clock.getZone());
      } catch (RuleException e) {
        refusals.add(Refusal.rule(e.violation()));
      }
      if (refusals.isEmpty()) {
        boolean fromCollegeUnion = union.level() == UnionLevel.SCHOOL
            && roster.onRosterOfLevel(student.studentId(), UnionLevel.COLLEGE);
        counts = counts.with(post, member.departmentId(), fromCollegeUnion);
        loaded.add(student.studentId());
        seats.add(new Appointments.Seat(student.studentId(), post, member.departmentId(), term, fromCollegeUnion,
            "ROSTER_LOAD", signed));
      } else {
        for (Refusal refusal : refusals) {
          int line = lines == null ? 0 : lines.get(i);
          problems.add(new Problem(line, row, refusal.field(), refusal.rule(),
              (lines == null ? "第 " + row + " 名成员 " : "第 " + line + " 行 ") + (member == null ? "" : member.studentId())
                  + "：" + refusal.text()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RecordException(RecordException.Kind.INVALID, "名册导入被拒绝，未写入任何成员：" + problems.stream()
          .map(Problem::message).collect(Collectors.joining("；")), problems);
    }
    return seats;
  }

  /**
   * Takes a member off the roster at once (D3 removal): the seat is free for the next appointment, the
   * row stays as history. False when the student holds no post there now.
   */
  @Transactional
  public boolean remove(String unionId, String studentId, String reason) {
    UnionRecord union = unions.lock(unionId);
    return roster.end(union.unionId(), studentId, java.time.Instant.now(clock), reason);
  }

  private static Post parsePost(String value, List<Refusal> refusals) {
    try {
      return Post.parse(value);
    } catch (RuleException e) {
      refusals.add(Refusal.rule(e.violation()));
      return null;
    }
  }

  /** Why this student may not take this post in the union now; empty when the appointment may go ahead. */
  private List<Refusal> admissionProblems(UnionRecord union, UnionCounts counts, QuotaLimits limits, Student student,
                                          Post post, String departmentId, Set<String> alreadyLoaded) {
    List<Refusal> refusals = new ArrayList<>();
    Admission.Check check = admission.check(union, student, post, departmentId);
    switch (check.department()) {
      case MISSING, UNKNOWN -> {
        refusals.add(Refusal.field("departmentId", union.name() + "没有部门“" + departmentId + "”"));
        return refusals;
      }
      case NOT_FOR_PRESIDIUM -> refusals.add(Refusal.field("departmentId", "主席团成员不属于部门"));
      case FITS -> {
      }
    }
    if (check.otherCollegeId() != null) {
      refusals.add(Refusal.field("studentId", "该生属于学院 " + check.otherCollegeId() + "，不能进入" + union.name()));
    }
    if (check.heldPost() != null || alreadyLoaded.contains(student.studentId())) {
      refusals.add(Refusal.field("studentId", "该生已在" + union.name() + "任职"
          + (check.heldPost() == null ? "" : "（" + check.heldPost().label() + "）")));
    }
    Eligibility.check(student.academicRecord()).stream().map(Refusal::rule).forEach(refusals::add);
    // no exception can be approved in a load: a soft limit refuses like a hard one
    Quotas.admit(counts, post, departmentId, limits).stream().map(b -> Refusal.rule(b.violation())).forEach(refusals::add);
    return refusals;
  }
}
