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

  /** A CSV file (UTF-8 with or without BOM, GB18030/GBK; the charset parameter is honoured) or an .xlsx workbook. */
  @PostMapping(consumes = {"text/csv", Spreadsheets.XLSX})
  public StudentImport.Result importFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                         @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                         @RequestBody byte[] body) {
    Access.requireAdmin(caller);
    return studentImport.importFile(Spreadsheets.upload(contentType, body));
  }

  @GetMapping("/{studentId}")
  public Student read(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller, @PathVariable String studentId) {
    Student student = students.find(studentId)
        .orElseThrow(() -> RecordException.notFound("studentId", "学生 " + studentId + " 不存在"));
    Access.requireMayRead(caller, student);
    return student;
  }
}
