package edu.university.governance.api;

import edu.university.governance.records.ChairRotations;
import edu.university.governance.records.Department;
import edu.university.governance.records.Nomination;
import edu.university.governance.records.NominationRepository;
import edu.university.governance.organisation.Organisation;
import edu.university.governance.records.RecordException;
import edu.university.governance.records.Reviews;
import edu.university.governance.records.Roster;
import edu.university.governance.records.RosterEntry;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.UnionQuotas;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.QuotaStatus;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/unions")
public class UnionController {

  public record NewDepartment(String departmentId, String name) {
  }

  /** A union's quota figures: one row per rule (and per department for Q4, Q5, Q8). */
  public record QuotaView(String unionId, String name, String level, List<QuotaStatus> quotas) {
  }

  public record ReviewView(String unionId, String semester, String scale, List<Reviews.Result> ranking) {
  }

  /** A union's current members, and its executive chair with the order to come (S2). */
  public record RosterView(String unionId, String name, String level, int members, ChairRotations.Chair executiveChair,
                           List<RosterEntry> roster) {
  }

  private final UnionRepository unions;
  private final RosterRepository rosterRecords;
  private final Roster roster;
  private final Organisation organisation;
  private final NominationRepository nominations;
  private final UnionQuotas quotas;
  private final ChairRotations chairs;
  private final Reviews reviews;

  public UnionController(UnionRepository unions, RosterRepository rosterRecords, Roster roster,
                         Organisation organisation, NominationRepository nominations, UnionQuotas quotas,
                         ChairRotations chairs, Reviews reviews) {
    this.chairs = chairs;
    this.reviews = reviews;
    this.nominations = nominations;
    this.quotas = quotas;
    this.unions = unions;
    this.rosterRecords = rosterRecords;
    this.roster = roster;
    this.organisation = organisation;
  }

  @GetMapping
  public List<UnionRecord> list() {
    return unions.findAll();
  }

  @GetMapping("/{unionId}")
  public UnionRecord read(@PathVariable String unionId) {
    return union(unionId);
  }

  @GetMapping("/{unionId}/departments")
  public List<Department> departments(@PathVariable String unionId) {
    return unions.departments(union(unionId).unionId());
  }

  @PostMapping("/{unionId}/departments")
  @ResponseStatus(HttpStatus.CREATED)
  public Department addDepartment(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                  @PathVariable String unionId, @RequestBody NewDepartment body) {
    Access.requireAdmin(caller);
    return organisation.addDepartment(unionId, body.departmentId(), body.name());
  }

  @GetMapping("/{unionId}/quotas")
  public QuotaView quotas(@PathVariable String unionId) {
    UnionRecord union = union(unionId);
    return new QuotaView(union.unionId(), union.name(), union.level().name(), quotas.figures(union));
  }

  @GetMapping("/{unionId}/roster")
  public RosterView roster(@PathVariable String unionId) {
    return view(union(unionId), rosterRecords.current(unionId));
  }

  @PostMapping("/{unionId}/roster")
  public RosterView loadRoster(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                               @PathVariable String unionId, @RequestBody List<Roster.Member> members) {
    Access.requireAdmin(caller);
    return view(union(unionId), roster.load(unionId, members));
  }

  /** gov_roster.end_reason holds 500 characters. */
  static final int REASON_LIMIT = 500;

  /** Takes a member off the roster at once (removal, D3): the seat is free, the row stays as history. */
  @DeleteMapping("/{unionId}/roster/{studentId}")
  public RosterView removeMember(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                 @PathVariable String unionId, @PathVariable String studentId,
                                 @RequestParam(defaultValue = "管理员移出名册") String reason) {
    Access.requireAdmin(caller);
    if (reason.length() > REASON_LIMIT) {
      throw RecordException.invalid("reason", null, "移出原因不能超过 " + REASON_LIMIT + " 个字符，实际为 " + reason.length() + " 个");
    }
    UnionRecord union = union(unionId);
    if (!roster.remove(union.unionId(), studentId, reason)) {
      throw RecordException.notFound("studentId", "学生 " + studentId + " 不在" + union.name() + "名册上");
    }
    return view(union, rosterRecords.current(unionId));
  }

  /** R3: the semester's review results, ranked on the five ratings alone (1–5 each); holding a post adds nothing. */
  @GetMapping("/{unionId}/reviews")
  public ReviewView reviews(@PathVariable String unionId, @RequestParam String semester) {
    UnionRecord union = union(unionId);
    if (!edu.university.governance.rules.ChairRotation.validSemester(semester)) {
      throw RecordException.invalid("semester", null, "semester 应形如 2026-2027-1，实际为“" + semester + "”");
    }
    return new ReviewView(union.unionId(), semester, "1–5（5 优秀、4 良好、3 合格、2 基本合格、1 不合格）",
        reviews.ranking(union.unionId(), semester));
  }

  /** The confirmed candidates of a year (P1 for a school union, P3 for a college union), whom its congress may elect. */
  @GetMapping("/{unionId}/candidates")
  public List<Nomination> candidates(@PathVariable String unionId, @RequestParam int year) {
    return nominations.confirmedCandidates(union(unionId).unionId(), year);
  }

  private UnionRecord union(String unionId) {
    return unions.find(unionId).orElseThrow(() -> RecordException.notFound("unionId", "学生组织 " + unionId + " 不存在"));
  }

  private RosterView view(UnionRecord union, List<RosterEntry> entries) {
    return new RosterView(union.unionId(), union.name(), union.level().name(), entries.size(),
        chairs.current(union.unionId()).orElse(null), entries);
  }
}
