package edu.university.governance.api;

import edu.university.governance.engine.CaseFiles;
import edu.university.governance.engine.CaseFiles.CaseFile;
import edu.university.governance.records.RecordException;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case files of procedures (CONTRACT.md "Procedures, their case files and decision records"). */
@Tag(name = "流程档案 procedures", description = "Case files: subject, state, outcome and reason, the approval record")
@RestController
@RequestMapping("/api/procedures")
public class ProcedureController {

  private final CaseFiles caseFiles;
  private final RepositoryService repository;

  public ProcedureController(CaseFiles caseFiles, RepositoryService repository) {
    this.caseFiles = caseFiles;
    this.repository = repository;
  }

  /** The procedures the caller's groups started or decided in (administrators: all), newest first. */
  @Operation(summary = "List the procedures the caller may read, newest first", description = "Administrators see all;"
      + " others those their groups started or decided in. Filters: processDefinitionKey, state (RUNNING, ENDED),"
      + " outcome, studentId, year.")
  @GetMapping
  public List<CaseFile> list(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                             @RequestParam(required = false) String processDefinitionKey,
                             @RequestParam(required = false) String state,
                             @RequestParam(required = false) String outcome,
                             @RequestParam(required = false) String studentId,
                             @RequestParam(required = false) String year) {
    return caseFiles.list(filter(processDefinitionKey, state, outcome, studentId, year), reader(caller));
  }

  /** The same list as an Excel file, with the procedures', states' and outcomes' Chinese names. */
  @GetMapping(produces = Spreadsheets.XLSX)
  public ResponseEntity<byte[]> listFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                         @RequestParam(required = false) String processDefinitionKey,
                                         @RequestParam(required = false) String state,
                                         @RequestParam(required = false) String outcome,
                                         @RequestParam(required = false) String studentId,
                                         @RequestParam(required = false) String year) {
    List<CaseFile> files = list(caller, processDefinitionKey, state, outcome, studentId, year);
    Map<String, String> procedures = new HashMap<>();
    repository.createProcessDefinitionQuery().latestVersion().list()
        .forEach(d -> procedures.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName()));
    List<Spreadsheets.Column<CaseFile>> columns = List.of(
        new Spreadsheets.Column<>("业务编号", f -> f.businessKey() == null ? f.processInstanceId() : f.businessKey()),
        new Spreadsheets.Column<>("流程", f -> procedures.getOrDefault(f.processDefinitionKey(), f.processDefinitionKey())),
        new Spreadsheets.Column<>("学号", f -> subject(f, "studentId")),
        new Spreadsheets.Column<>("姓名", f -> subject(f, "name")),
        new Spreadsheets.Column<>("学院", f -> subject(f, "collegeName")),
        new Spreadsheets.Column<>("学生组织", f -> subject(f, "unionName")),
        new Spreadsheets.Column<>("事项", f -> subject(f, "title")),
        new Spreadsheets.Column<>("状态", f -> CaseFilePages.STATES.getOrDefault(f.state(), f.state())),
        new Spreadsheets.Column<>("结果", f -> f.outcome() == null ? null
            : CaseFilePages.OUTCOMES.getOrDefault(f.outcome(), f.outcome())),
        new Spreadsheets.Column<>("原因", CaseFile::reason),
        new Spreadsheets.Column<>("发起人", CaseFile::startedBy),
        new Spreadsheets.Column<>("发起时间", f -> shown(f.startedAt())),
        new Spreadsheets.Column<>("结束时间", f -> shown(f.endedAt())),
        new Spreadsheets.Column<>("流程实例", CaseFile::processInstanceId));
    return Spreadsheets.attachment("流程清单.xlsx", "procedures.xlsx", "流程", columns, files);
  }

  private static Object subject(CaseFile file, String key) {
    return file.subject() == null ? null : file.subject().get(key);
  }

  /** 2026-12-01T09:30:00+08:00 as staff read it, 2026-12-01 09:30. */
  private static String shown(String time) {
    return time == null ? null : OffsetDateTime.parse(time).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  /** The list's filters from request parameters; blank means any. */
  static CaseFiles.Filter filter(String processDefinitionKey, String state, String outcome, String studentId,
                                 String year) {
    return new CaseFiles.Filter(blankToNull(processDefinitionKey), blankToNull(state), blankToNull(outcome),
        blankToNull(studentId), year(blankToNull(year)));
  }

  /** One procedure, running or ended, with its decisions in order. */
  @Operation(summary = "Read one procedure's case file, running or ended, with its decisions in order")
  @ApiResponse(responseCode = "200", description = "the case file")
  @ApiResponse(responseCode = "403", description = "neither an administrator nor a group that started or decided in it")
  @ApiResponse(responseCode = "404", description = "no such procedure")
  @GetMapping("/{processInstanceId}")
  public CaseFile read(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                       @PathVariable String processInstanceId) {
    return caseFiles.read(processInstanceId, reader(caller));
  }

  static CaseFiles.Reader reader(Caller caller) {
    return new CaseFiles.Reader(caller.userId(), caller.isAdmin(), caller.groupIds());
  }

  private static Integer year(String year) {
    if (year == null) {
      return null;
    }
    if (!year.matches("\\d{4}")) {
      throw RecordException.invalid("year", null, "year 应为四位数字的年份，而不是 " + year);
    }
    return Integer.parseInt(year);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
