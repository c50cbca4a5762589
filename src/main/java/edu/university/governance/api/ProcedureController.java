package edu.university.governance.api;

import edu.university.governance.engine.CaseFiles;
import edu.university.governance.engine.CaseFiles.CaseFile;
import edu.university.governance.records.RecordException;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

  public ProcedureController(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
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
