package edu.university.governance.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import edu.university.governance.records.RecordException;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentImport;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "学生 students", description = "Students' records, on which E1–E3 are checked")
@RestController
@RequestMapping("/api/students")
public class StudentController {

  static final int MAX_DEPTH = 32;
  private static final JsonFactory JSON = new JsonFactory();

  private final StudentImport studentImport;
  private final StudentRepository students;

  public StudentController(StudentImport studentImport, StudentRepository students) {
    this.studentImport = studentImport;
    this.students = students;
  }

  @Operation(summary = "Import students (JSON array or CSV with a header line), keyed on studentId",
      description = "Administrators only. Fields: studentId, name, collegeId, classId, major, grade, politicalStatus,"
          + " majorRank, majorSize, failedCourses, and optionally clubIds (a list, or ';'-separated). Any bad row"
          + " refuses the whole import: problems lists each with its line, row and field.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
          @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
              array = @ArraySchema(schema = @Schema(implementation = Student.class))),
          @Content(mediaType = "text/csv", schema = @Schema(type = "string",
              example = "studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses"))}))
  @ApiResponse(responseCode = "200", description = "how many were imported, created and updated")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "409", description = "another import wrote the same studentId at the same time")
  @ApiResponse(responseCode = "415", description = "neither application/json nor text/csv")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public StudentImport.Result importJson(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                         @RequestBody String body) {
    Access.requireAdmin(caller);
    refuseDeepNesting(body);
    return studentImport.importJson(body);
  }

  /** A student list is two levels deep; thousands of levels made the JSON reader fail without a position (a 500). */
  static void refuseDeepNesting(String body) {
    int depth = 0;
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart() && ++depth > MAX_DEPTH) {
          throw RecordException.invalid("body", null, "JSON 嵌套层数超过 " + MAX_DEPTH + " 层，学生数据应为对象的数组");
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
    } catch (IOException e) {
      // malformed JSON: the import names the line
    }
  }

  @Operation(summary = "Import students from a file, keyed on studentId",
      description = "CSV (UTF-8 with or without BOM, GB18030/GBK; the charset parameter is honoured) or an .xlsx"
          + " workbook (first sheet), with the field names or the Chinese headings 学号, 姓名, 学院, …")
  /** A CSV file (UTF-8 with or without BOM, GB18030/GBK; the charset parameter is honoured) or an .xlsx workbook. */
  @PostMapping(consumes = {"text/csv", Spreadsheets.XLSX})
  public StudentImport.Result importFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                         @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                         @RequestBody byte[] body) {
    Access.requireAdmin(caller);
    return studentImport.importFile(Spreadsheets.upload(contentType, body));
  }

  @Operation(summary = "Read one student's record", description = "Administrators, the school offices, and the groups"
      + " of the student's own college and class.")
  @ApiResponse(responseCode = "200", description = "the student")
  @ApiResponse(responseCode = "403", description = "a group of another college")
  @ApiResponse(responseCode = "404", description = "no such student")
  @GetMapping("/{studentId}")
  public Student read(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller, @PathVariable String studentId) {
    Student student = students.find(studentId)
        .orElseThrow(() -> RecordException.notFound("studentId", "学生 " + studentId + " 不存在"));
    Access.requireMayRead(caller, student);
    return student;
  }
}
