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
import edu.university.governance.rules.Convention;
import edu.university.governance.rules.QuotaStatus;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import edu.university.governance.records.College;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.rules.ReviewAspect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
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

@Tag(name = "学生组织 unions", description = "Unions, their departments, rosters, quotas, candidates and reviews")
@RestController
@RequestMapping("/api/unions")
public class UnionController {

  public record NewDepartment(String departmentId, String name) {
  }

  /**
   * A union's quota figures: one row per rule (and per department for Q4, Q5, Q8); warnings of what the records lack
   * ("D1: 2 名成员未记录签署自律公约") and the members without a recorded convention signature (D1).
   */
  public record QuotaView(String unionId, String name, String level, List<QuotaStatus> quotas, List<String> warnings,
                          List<UnsignedMember> conventionMissing) {
  }

  /** A current member whose signed self-discipline convention is not recorded (D1). */
  public record UnsignedMember(String rule, String studentId, String name, String post, String postName,
                               String departmentName) {
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
  private final StudentRepository students;
  private final CollegeRepository colleges;
  private final Clock clock;

  public UnionController(UnionRepository unions, RosterRepository rosterRecords, Roster roster,
                         Organisation organisation, NominationRepository nominations, UnionQuotas quotas,
                         ChairRotations chairs, Reviews reviews, StudentRepository students, CollegeRepository colleges,
                         Clock clock) {
    this.students = students;
    this.colleges = colleges;
    this.clock = clock;
    this.chairs = chairs;
    this.reviews = reviews;
    this.nominations = nominations;
    this.quotas = quotas;
    this.unions = unions;
    this.rosterRecords = rosterRecords;
    this.roster = roster;
    this.organisation = organisation;
  }

  @Operation(summary = "List the unions")
  @GetMapping
  public List<UnionRecord> list() {
    return unions.findAll();
  }

  @Operation(summary = "Read one union")
  @ApiResponse(responseCode = "200", description = "the union")
  @ApiResponse(responseCode = "404", description = "no such union")
  @GetMapping("/{unionId}")
  public UnionRecord read(@PathVariable String unionId) {
    return union(unionId);
  }

  @Operation(summary = "List a union's work departments (Q1)")
  @ApiResponse(responseCode = "200", description = "the departments")
  @ApiResponse(responseCode = "404", description = "no such union")
  @GetMapping("/{unionId}/departments")
  public List<Department> departments(@PathVariable String unionId) {
    return unions.departments(union(unionId).unionId());
  }

  @Operation(summary = "Add a work department", description = "Administrators only. Q1: a union has generally no more"
      + " than six.")
  @ApiResponse(responseCode = "201", description = "the department created")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "404", description = "no such union")
  @ApiResponse(responseCode = "409", description = "the department exists already, or Q1 refuses it (rule)")
  @PostMapping("/{unionId}/departments")
  @ResponseStatus(HttpStatus.CREATED)
  public Department addDepartment(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                  @PathVariable String unionId, @RequestBody NewDepartment body) {
    Access.requireAdmin(caller);
    return organisation.addDepartment(unionId, body.departmentId(), body.name());
  }

  @Operation(summary = "A union's quota figures", description = "Per rule Q1–Q9 that applies (and per department for Q4,"
      + " Q5, Q8): count, min, max, hard or soft, holds, warning; warnings and conventionMissing: the members whose"
      + " signed self-discipline convention is not recorded (D1).")
  @ApiResponse(responseCode = "200", description = "the figures")
  @ApiResponse(responseCode = "404", description = "no such union")
  @GetMapping("/{unionId}/quotas")
  public QuotaView quotas(@PathVariable String unionId) {
    UnionRecord union = union(unionId);
    List<UnsignedMember> unsigned = rosterRecords.current(union.unionId()).stream()
        .filter(e -> e.conventionSignedAt() == null)
        .map(e -> new UnsignedMember(Convention.RULE, e.studentId(), e.name(), e.post().name(), e.postName(),
            e.departmentName()))
        .toList();
    return new QuotaView(union.unionId(), union.name(), union.level().name(), quotas.figures(union),
        Convention.warning(unsigned.size()).stream().toList(), unsigned);
  }

  @Operation(summary = "A union's current members and its executive chair (S2)")
  @ApiResponse(responseCode = "200", description = "the roster")
  @ApiResponse(responseCode = "404", description = "no such union")
  @GetMapping("/{unionId}/roster")
  public RosterView roster(@PathVariable String unionId) {
    return view(union(unionId), rosterRecords.current(unionId));
  }

  @Operation(summary = "Load a union's initial roster from a CSV or .xlsx file",
      description = "Administrators only; 学号, 职务, 部门, 任期 or the field names; the same rules as the JSON load")
  /** The initial load from a CSV (UTF-8, GB18030/GBK) or .xlsx file: 学号, 职务, 部门, 任期 or the field names. */
  @PostMapping(value = "/{unionId}/roster", consumes = {"text/csv", Spreadsheets.XLSX})
  public RosterView loadRosterFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                   @PathVariable String unionId,
                                   @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                   @RequestBody byte[] body) {
    Access.requireAdmin(caller);
    UnionRecord union = union(unionId);
    return view(union, roster.loadFile(union.unionId(), Spreadsheets.upload(contentType, body)));
  }

  @Operation(summary = "A union's roster as an Excel file (Accept: the .xlsx type)")
  /** The roster as an Excel file, with names: who holds which post in which department. */
  @GetMapping(value = "/{unionId}/roster", produces = Spreadsheets.XLSX)
  public ResponseEntity<byte[]> rosterFile(@PathVariable String unionId) {
    UnionRecord union = union(unionId);
    Map<String, String> collegeNames = collegeNames();
    List<Spreadsheets.Column<RosterEntry>> columns = List.of(
        new Spreadsheets.Column<>("学号", RosterEntry::studentId),
        new Spreadsheets.Column<>("姓名", RosterEntry::name),
        new Spreadsheets.Column<>("学院", e -> students.find(e.studentId())
            .map(s -> collegeNames.getOrDefault(s.collegeId(), s.collegeId())).orElse(null)),
        new Spreadsheets.Column<>("职务", e -> e.post().label()),
        new Spreadsheets.Column<>("部门", e -> e.departmentName() == null ? e.departmentId() : e.departmentName()),
        new Spreadsheets.Column<>("任期", RosterEntry::term),
        new Spreadsheets.Column<>("任职日期", e -> e.since() == null ? null : e.since().toString()),
        new Spreadsheets.Column<>(Convention.LABEL, e -> e.conventionSignedAt() == null ? null
            : e.conventionSignedAt().toString()));
    return Spreadsheets.attachment(Spreadsheets.safe(union.name()) + "名册.xlsx", "roster-" + union.unionId() + ".xlsx",
        "名册", columns, rosterRecords.current(union.unionId()));
  }

  @Operation(summary = "Load a union's initial roster", description = "Administrators only, under E1–E3, S3 and Q2–Q8:"
      + " one refused member refuses the load and every refusal is listed in problems.")
  @ApiResponse(responseCode = "200", description = "the roster after the load")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "404", description = "no such union")
  @ApiResponse(responseCode = "409", description = "a rule refuses a member (rule, problems)")
  @PostMapping("/{unionId}/roster")
  public RosterView loadRoster(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                               @PathVariable String unionId, @RequestBody List<Roster.Member> members) {
    Access.requireAdmin(caller);
    return view(union(unionId), roster.load(unionId, members));
  }

  /** gov_roster.end_reason holds 500 characters. */
  static final int REASON_LIMIT = 500;

  /** Takes a member off the roster at once (removal, D3): the seat is free, the row stays as history. */
  @Operation(summary = "Remove a member from the roster", description = "Administrators only. The seat is free at once;"
      + " the row stays as history with the reason (at most 500 characters).")
  @ApiResponse(responseCode = "200", description = "the roster after the removal")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "404", description = "no such union, or the student is not on its roster")
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
  @Operation(summary = "R3: a semester's review results, ranked on the five ratings", description = "semester as"
      + " 2026-2027-1.")
  @ApiResponse(responseCode = "200", description = "the ranking")
  @ApiResponse(responseCode = "404", description = "no such union")
  @GetMapping("/{unionId}/reviews")
  public ReviewView reviews(@PathVariable String unionId, @RequestParam String semester) {
    UnionRecord union = union(unionId);
    if (!edu.university.governance.rules.ChairRotation.validSemester(semester)) {
      throw RecordException.invalid("semester", null, "semester 应形如 2026-2027-1，实际为“" + semester + "”");
    }
    return new ReviewView(union.unionId(), semester, "1–5（5 优秀、4 良好、3 合格、2 基本合格、1 不合格）",
        reviews.ranking(union.unionId(), semester));
  }

  /** R3's ranking as an Excel file: rank, names, post, the five ratings, total and average. */
  @GetMapping(value = "/{unionId}/reviews", produces = Spreadsheets.XLSX)
  public ResponseEntity<byte[]> reviewsFile(@PathVariable String unionId, @RequestParam String semester) {
    ReviewView view = reviews(unionId, semester);
    UnionRecord union = union(unionId);
    List<Spreadsheets.Column<Reviews.Result>> columns = new ArrayList<>(List.of(
        new Spreadsheets.Column<>("名次", Reviews.Result::rank),
        new Spreadsheets.Column<>("学号", Reviews.Result::studentId),
        new Spreadsheets.Column<>("姓名", Reviews.Result::name),
        new Spreadsheets.Column<>("职务", Reviews.Result::post)));
    for (ReviewAspect aspect : ReviewAspect.values()) {
      columns.add(new Spreadsheets.Column<>(aspect.label(), r -> r.ratings().get(aspect.variable())));
    }
    columns.add(new Spreadsheets.Column<>("总分", Reviews.Result::total));
    columns.add(new Spreadsheets.Column<>("平均分", Reviews.Result::average));
    columns.add(new Spreadsheets.Column<>("评语", Reviews.Result::comment));
    return Spreadsheets.attachment(Spreadsheets.safe(union.name()) + view.semester() + "学期述职评议排名.xlsx",
        "reviews-" + union.unionId() + "-" + view.semester() + ".xlsx", "评议排名", columns, view.ranking());
  }

  /** The confirmed candidates of a year as an Excel file, with names, colleges and the date of confirmation. */
  @GetMapping(value = "/{unionId}/candidates", produces = Spreadsheets.XLSX)
  public ResponseEntity<byte[]> candidatesFile(@PathVariable String unionId, @RequestParam int year) {
    UnionRecord union = union(unionId);
    List<NominationRepository.ConfirmedCandidate> list = nominations.confirmedCandidateList(union.unionId(), year);
    List<Spreadsheets.Column<NominationRepository.ConfirmedCandidate>> columns = List.of(
        new Spreadsheets.Column<>("学号", NominationRepository.ConfirmedCandidate::studentId),
        new Spreadsheets.Column<>("姓名", NominationRepository.ConfirmedCandidate::name),
        new Spreadsheets.Column<>("学院", NominationRepository.ConfirmedCandidate::collegeName),
        new Spreadsheets.Column<>("班级", NominationRepository.ConfirmedCandidate::classId),
        new Spreadsheets.Column<>("推荐依据或职务", UnionController::basisOrPost),
        new Spreadsheets.Column<>("确定日期", c -> c.confirmedAt() == null ? null
            : c.confirmedAt().atZone(clock.getZone()).toLocalDate().toString()));
    return Spreadsheets.attachment(Spreadsheets.safe(union.name()) + year + "年度候选人名单.xlsx",
        "candidates-" + union.unionId() + "-" + year + ".xlsx", "候选人", columns, list);
  }

  /**
   * The confirmed candidates of a year as a printable announcement (公示), in Chinese: number, 学号, name, college,
   * class, basis or post and the date each was confirmed; printed without the page's navigation.
   */
  @Operation(summary = "The confirmed candidates of a year as a printable announcement page (公示, Accept: text/html)")
  @GetMapping(value = "/{unionId}/candidates", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> candidatesAnnouncement(@PathVariable String unionId, @RequestParam int year) {
    UnionRecord union;
    try {
      union = union(unionId);
    } catch (RecordException unknown) {
      return CaseFilePages.refusal(unknown);
    }
    List<NominationRepository.ConfirmedCandidate> list = nominations.confirmedCandidateList(union.unionId(), year);
    String title = union.name() + " " + year + " 年度候选人公示";
    StringBuilder html = new StringBuilder("<article class=\"announcement\"><h1>").append(CaseFilePages.text(title))
        .append("</h1><p>经推荐、审核和学校（学院）党组织决定，以下同学确定为").append(CaseFilePages.text(union.name()))
        .append(" ").append(year).append(" 年度候选人，现予公示。公示期间如有异议，请向校团委反映。</p>");
    if (list.isEmpty()) {
      html.append("<p class=\"empty\">本年度尚无确定的候选人。</p>");
    } else {
      html.append("<table class=\"procedures\"><thead><tr><th>序号</th><th>学号</th><th>姓名</th><th>学院</th>")
          .append("<th>班级</th><th>推荐依据或职务</th><th>确定日期</th></tr></thead><tbody>");
      int number = 0;
      for (NominationRepository.ConfirmedCandidate candidate : list) {
        html.append("<tr><td>").append(++number).append("</td><td>").append(CaseFilePages.text(candidate.studentId()))
            .append("</td><td>").append(CaseFilePages.text(candidate.name())).append("</td><td>")
            .append(CaseFilePages.text(candidate.collegeName())).append("</td><td>")
            .append(CaseFilePages.text(candidate.classId())).append("</td><td>")
            .append(CaseFilePages.text(basisOrPost(candidate))).append("</td><td>")
            .append(candidate.confirmedAt() == null ? ""
                : candidate.confirmedAt().atZone(clock.getZone()).toLocalDate().toString()).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("<p class=\"signature\">").append(CaseFilePages.text(union.name())).append("<br>")
        .append(LocalDate.now(clock)).append("</p></article>");
    return CaseFilePages.page(HttpStatus.OK, title, html.toString());
  }

  static String basisOrPost(NominationRepository.ConfirmedCandidate candidate) {
    String code = candidate.basis() != null ? candidate.basis() : candidate.post();
    return code == null ? null : CaseFilePages.VALUES.getOrDefault(code, code);
  }

  private Map<String, String> collegeNames() {
    return colleges.findAll().stream().collect(Collectors.toMap(College::collegeId, College::name));
  }

  /** The confirmed candidates of a year (P1 for a school union, P3 for a college union), whom its congress may elect. */
  @Operation(summary = "The confirmed candidates of a year, whom the union's congress may elect")
  @ApiResponse(responseCode = "200", description = "the candidates")
  @ApiResponse(responseCode = "404", description = "no such union")
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
