package edu.university.governance.process.nomination;

import edu.university.governance.process.ProcedureOpening;
import edu.university.governance.process.StartVariables;
import edu.university.governance.process.Starter;
import edu.university.governance.process.TextLists;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.records.Admission;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.records.Student;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.rules.Post;
import edu.university.governance.rules.RuleException;
import edu.university.governance.rules.UnionLevel;
import edu.university.governance.organisation.Groups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of P2 (school-staff-recommendation): a college league submits a batch of its own students for
 * posts in the departments of a school union. Every nominee is checked against the records (their
 * college, the department, S3: department head or staff only, not already holding a post there, not
 * already under nomination); any problem refuses the whole start and names the nominee. Each nominee
 * gets a nomination of their own.
 */
@Component("schoolStaffRecommendationStart")
public class SchoolStaffRecommendationStart implements ExecutionListener {

  static final int MAX_NOMINEES = 50;

  /** One nominee as submitted. */
  record Nominee(String studentId, String departmentId, Post post) {
  }

  private final NominationOpening nomination;
  private final CollegeRepository colleges;
  private final Admission admission;
  private final ProcedureOpening procedure;
  private final ObjectMapper json = new ObjectMapper();

  public SchoolStaffRecommendationStart(NominationOpening nomination, CollegeRepository colleges, Admission admission,
                                        ProcedureOpening procedure) {
    this.procedure = procedure;
    this.nomination = nomination;
    this.colleges = colleges;
    this.admission = admission;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartVariables variables = new StartVariables(execution);
    String collegeId = variables.id("collegeId", "推荐学院");
    String unionId = variables.id("unionId", "学生组织");
    if (collegeId != null && !colleges.exists(collegeId)) {
      variables.problem("学院 " + collegeId + " 不存在");
    }
    UnionRecord union = nomination.union(variables, unionId, UnionLevel.SCHOOL, "P2：校级工作部门成员推荐");
    List<JsonNode> rows = nomineeRows(execution.getVariable("nominees"), variables);
    List<Nominee> nominees = new ArrayList<>();
    List<Student> students = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String where = "第 " + (i + 1) + " 名人选";
      JsonNode row = rows.get(i);
      String studentId = text(row, "studentId");
      String departmentId = text(row, "departmentId");
      Post post = post(text(row, "post"), where, variables);
      Student student = studentId == null ? null : nomination.student(variables, studentId);
      if (studentId == null) {
        variables.problem(where + "缺少 studentId");
      } else if (!seen.add(studentId)) {
        variables.problem(where + "：学号 " + studentId + " 在本批中重复");
      }
      if (student != null && collegeId != null && !student.collegeId().equals(collegeId)) {
        variables.problem(where + "：学生 " + studentId + " 属于学院 " + student.collegeId() + "，不属于 " + collegeId);
      }
      if (union != null) {
        // P2 fills department posts only (the presidium is refused above): the department is checked as for one
        Admission.Check check = admission.check(union, student, Post.STAFF, departmentId);
        if (check.department() != Admission.DepartmentFit.FITS) {
          variables.problem(where + "：" + union.name() + "没有部门“" + departmentId + "”");
        }
        if (check.heldPost() != null) {
          variables.problem(where + "：学生 " + studentId + " 已在" + union.name() + "担任" + check.heldPost().label());
        }
      }
      nominees.add(new Nominee(studentId, departmentId, post));
      students.add(student);
    }
    variables.refuseIfAny();

    Starter.require(execution, Groups.collegeLeague(collegeId), "（P2）：人选由学院团组织推荐本学院学生；本批属于学院 "
        + collegeId);
    for (int i = 0; i < nominees.size(); i++) {
      Nominee nominee = nominees.get(i);
      nomination.open(execution, "P2", union, students.get(i), null, nominee.post().name(), nominee.departmentId());
    }
    nomination.fix(execution, "collegeId", collegeId);
    execution.setVariable("unionName", union.name());
    execution.setVariable("nomineeCount", nominees.size());
    // a college may send several batches a year: the instance id's first characters tell them apart
    procedure.open(execution, Groups.collegeLeague(collegeId), "P2", procedure.year(), collegeId, unionId,
        execution.getProcessInstanceId().substring(0, Math.min(8, execution.getProcessInstanceId().length())));
  }

  /** The nominees as a JSON array, from a String or a Json variable (CONTRACT.md). */
  private List<JsonNode> nomineeRows(Object value, StartVariables variables) {
    if (value == null) {
      variables.problem("缺少 nominees（人选名单）");
      return List.of();
    }
    if (!(value instanceof String) && !value.getClass().getName().startsWith("org.camunda.spin")) {
      variables.problem("nominees（人选名单）应为 JSON 数组的字符串，实际为 " + value.getClass().getSimpleName());
      return List.of();
    }
    String text = value.toString().strip();
    JsonNode array;
    try {
      array = text.startsWith("[") || text.startsWith("{") ? json.readTree(text) : lines(text);
    } catch (Exception e) {
      variables.problem("nominees（人选名单）不是有效的 JSON：" + e.getMessage().lines().findFirst().orElse(""));
      return List.of();
    }
    if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_NOMINEES) {
      variables.problem("nominees（人选名单）应为含 1–" + MAX_NOMINEES + " 名人选的数组，每项含 studentId、departmentId、post");
      return List.of();
    }
    List<JsonNode> rows = new ArrayList<>();
    array.forEach(row -> {
      if (row.isObject()) {
        rows.add(row);
      } else {
        variables.problem("nominees 的每一项应为对象 {studentId, departmentId, post}");
      }
    });
    return rows;
  }

  /**
   * The line format of the Tasklist start form: one nominee a line, "学号,部门,职务" separated by commas, tabs or
   * spaces (as pasted from a spreadsheet); the post may be written DEPARTMENT_HEAD/STAFF or 部门负责人/工作人员.
   */
  private JsonNode lines(String text) {
    var array = json.createArrayNode();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = TextLists.cells(line);
      var row = array.addObject();
      row.put("studentId", cells[0]);
      if (cells.length > 1) {
        row.put("departmentId", cells[1]);
      }
      String post = cells.length > 2 ? cells[2] : "";
      row.put("post", switch (post) {
        case "部门负责人" -> "DEPARTMENT_HEAD";
        case "工作人员" -> "STAFF";
        default -> post;
      });
    }
    return array;
  }

  /** S3, and P2 appoints department posts only: the presidium is elected by the congress. */
  private static Post post(String value, String where, StartVariables variables) {
    try {
      Post post = Post.parse(value);
      if (post == Post.PRESIDIUM) {
        variables.problem(where + "：主席团成员由学生代表大会从确认的候选人中选举（P1、C），不经 P2 推荐");
        return null;
      }
      return post;
    } catch (RuleException e) {
      variables.problem(where + "：" + e.violation().text());
      return null;
    }
  }

  private static String text(JsonNode row, String field) {
    JsonNode value = row.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
  }
}
