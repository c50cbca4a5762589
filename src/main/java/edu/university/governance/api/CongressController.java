package edu.university.governance.api;

import edu.university.governance.records.CongressYears;
import edu.university.governance.records.RecordException;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * C1: every union's congress state of a year (GET /api/congresses?year=), and a union's filed congress of a year with
 * the elected presidium and their votes (GET /api/unions/{unionId}/congress?year=), as JSON, Excel or the printable
 * announcement (公告).
 */
@Tag(name = "学生代表大会 congresses", description = "C1: each union's congress of a year and its filed results")
@RestController
public class CongressController {

  /** A union's filed congress of a year: approved (C3) and filed on those dates, the elected with their votes. */
  public record CongressResults(String unionId, String unionName, int year, String processInstanceId,
                                String businessKey, LocalDate approvedOn, LocalDate filedOn, String filingReference,
                                List<CongressYears.Winner> elected) {
  }

  private final CongressYears years;
  private final UnionRepository unions;
  private final Clock clock;

  public CongressController(CongressYears years, UnionRepository unions, Clock clock) {
    this.years = years;
    this.unions = unions;
    this.clock = clock;
  }

  @Operation(summary = "C1: every union with its congress state for the year", description = "FILED (date: the filing"
      + " date), IN_PROGRESS (date: convened), REMINDED (date: the college league reminded; plannedOn and note its"
      + " answer) or MISSING. Administrators and the school offices (not the review board) see every union; a"
      + " college's league and Party organisation their own college's unions.")
  @ApiResponse(responseCode = "200", description = "one row per union, school unions first")
  @ApiResponse(responseCode = "403", description = "a group that oversees no union")
  @GetMapping("/api/congresses")
  public List<CongressYears.UnionCongress> congresses(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                                      @RequestParam int year) {
    return years.overview(year(year), Access.congressesVisible(caller));
  }

  @Operation(summary = "C1: the congress overview of a year as an Excel file (Accept: the .xlsx type)")
  @GetMapping(value = "/api/congresses", produces = Spreadsheets.XLSX)
  public ResponseEntity<byte[]> congressesFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                               @RequestParam int year) {
    List<Spreadsheets.Column<CongressYears.UnionCongress>> columns = List.of(
        new Spreadsheets.Column<>("学生组织", CongressYears.UnionCongress::unionName),
        new Spreadsheets.Column<>("级别", c -> UnionLevel.valueOf(c.level()).label()),
        new Spreadsheets.Column<>("状态", CongressYears.UnionCongress::stateLabel),
        new Spreadsheets.Column<>("日期", CongressYears.UnionCongress::date),
        new Spreadsheets.Column<>("批准日期", CongressYears.UnionCongress::approvedOn),
        new Spreadsheets.Column<>("报备文号", CongressYears.UnionCongress::filingReference),
        new Spreadsheets.Column<>("提醒日期", CongressYears.UnionCongress::remindedOn),
        new Spreadsheets.Column<>("计划召开日期", CongressYears.UnionCongress::plannedOn),
        new Spreadsheets.Column<>("说明", CongressYears.UnionCongress::note));
    return Spreadsheets.attachment(year + "年度学生代表大会情况.xlsx", "congresses-" + year + ".xlsx", "学生代表大会", columns,
        congresses(caller, year));
  }

  @Operation(summary = "C3: a union's filed congress of a year, the elected presidium with votes",
      description = "Any signed-in caller, as the announcement is public. With Accept: text/html the printable"
          + " announcement (公告).")
  @ApiResponse(responseCode = "200", description = "the filed congress")
  @ApiResponse(responseCode = "404", description = "no such union, or no filed congress of that year")
  @GetMapping("/api/unions/{unionId}/congress")
  public CongressResults results(@PathVariable String unionId, @RequestParam int year) {
    UnionRecord union = unions.find(unionId)
        .orElseThrow(() -> RecordException.notFound("unionId", "学生组织 " + unionId + " 不存在"));
    CongressYears.Session filed = years.filedSession(union.unionId(), year(year)).orElseThrow(() ->
        RecordException.notFound("year", "C1：" + union.name() + " 尚无已报备的 " + year + " 年度学生代表大会"));
    return new CongressResults(union.unionId(), union.name(), year, filed.processInstanceId(), filed.businessKey(),
        filed.approvedAt() == null ? null : filed.approvedAt().atZone(clock.getZone()).toLocalDate(), filed.filedOn(),
        filed.filingReference(), years.winners(filed.processInstanceId()));
  }

  /** C3: the filed results as a printable announcement (公告): the elected, their colleges, votes and the approval date. */
  @Operation(summary = "C3: a union's filed congress of a year as a printable announcement page (公告, Accept: text/html)")
  @GetMapping(value = "/api/unions/{unionId}/congress", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> announcement(@PathVariable String unionId, @RequestParam int year) {
    CongressResults results;
    try {
      results = results(unionId, year);
    } catch (RecordException refused) {
      return CaseFilePages.refusal(refused);
    }
    List<List<String>> rows = results.elected().stream().map(winner -> Arrays.asList(winner.studentId(), winner.name(),
        winner.collegeName(), winner.votes() + " 票")).toList();
    return Announcements.page(results.unionName() + " " + year + " 年度学生代表大会选举结果公告",
        results.unionName() + " " + year + " 年度学生代表大会选举产生新一届主席团，选举结果经" + (results.approvedOn() == null
            ? "同级党组织批准" : "同级党组织于 " + results.approvedOn() + " 批准") + "，并已向上级学联和学生会报备（"
            + results.filingReference() + "），现予公告。",
        List.of("学号", "姓名", "学院", "得票数"), rows, "本次大会没有当选人记录。", results.unionName(),
        results.filedOn());
  }

  private static int year(int year) {
    if (year < 2000 || year > 2100) {
      throw RecordException.invalid("year", "C1", "year 应在 2000–2100 之间，实际为 " + year);
    }
    return year;
  }
}
