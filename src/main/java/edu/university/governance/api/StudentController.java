package edu.university.governance.api;

import edu.university.governance.records.RecordException;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentImport;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/students")
public class StudentController {

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
    return studentImport.importJson(body);
  }

  @PostMapping(consumes = "text/csv")
  public StudentImport.Result importCsv(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                        @RequestBody String body) {
    Access.requireAdmin(caller);
    return studentImport.importCsv(body);
  }

  @GetMapping("/{studentId}")
  public Student read(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller, @PathVariable String studentId) {
    Student student = students.find(studentId)
        .orElseThrow(() -> RecordException.notFound("studentId", "学生 " + studentId + " 不存在"));
    Access.requireMayRead(caller, student);
    return student;
  }
}
