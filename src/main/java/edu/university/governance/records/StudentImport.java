package edu.university.governance.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.records.RecordException.Problem;
import edu.university.governance.rules.PoliticalStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk upsert of students keyed on studentId, from a JSON array or a CSV file with a header row.
 * Every row is checked before anything is written: one bad row refuses the whole import, and the
 * refusal names the line, the row and the field of every problem.
 */
@Service
public class StudentImport {

  public static final List<String> FIELDS = List.of("studentId", "name", "collegeId", "classId", "major", "grade",
      "politicalStatus", "majorRank", "majorSize", "failedCourses");
  /** Optional: the student's clubs, separated by ";" in CSV, a list or a ";"-string in JSON (C2, Q12). */
  public static final String CLUBS = "clubIds";
  /** The Chinese heading of each column, as academic affairs offices write them, for CSV and .xlsx files. */
  public static final Map<String, String> HEADINGS = headings();
  static final int MAX_ROWS = 200_000;
  private static final Pattern STUDENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int MAX_TEXT = 100;

  /** What an import wrote. */
  public record Result(int imported, int created, int updated) {
  }

  /** One row as read, before checking: its line in the file, its place among the rows, its raw values. */
  record RawRow(int line, int row, Map<String, String> values, List<Problem> readProblems) {
  }

  private final StudentRepository students;
  private final CollegeRepository colleges;
  private final Clubs clubs;
  private final ObjectMapper json;

  public StudentImport(StudentRepository students, CollegeRepository colleges, Clubs clubs, ObjectMapper json) {
    this.students = students;
    this.colleges = colleges;
    this.clubs = clubs;
    this.json = json;
  }

  @Transactional
  public Result importJson(String body) {
    return upsert(readJson(body));
  }

  /** A CSV text with a header row (the demo organisation's students). */
  @Transactional
  public Result importCsv(String body) {
    return importFile(new UploadedTable.Upload(UploadedTable.Format.CSV,
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A CSV file (UTF-8, UTF-8 with BOM, GB18030/GBK) or the first sheet of an .xlsx workbook, with a header row. */
  @Transactional
  public Result importFile(UploadedTable.Upload upload) {
    return upsert(readTable(upload));
  }

  private Result upsert(List<RawRow> rows) {
    if (rows.size() > MAX_ROWS) {
      throw RecordException.invalid("body", null, "一次最多导入 " + MAX_ROWS + " 名学生，本次 " + rows.size() + " 名");
    }
    Map<String, String> collegeOfClass = colleges.collegeOfEveryClass();
    Map<String, String> collegeByName = colleges.findAll().stream()
        .collect(Collectors.toMap(College::name, College::collegeId, (a, b) -> a));
    Set<String> knownClubs = clubs.ids();
    Map<String, List<String>> memberships = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<Student> valid = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (RawRow raw : rows) {
      List<Problem> rowProblems = new ArrayList<>(raw.readProblems());
      Student student = rowProblems.isEmpty() ? check(raw, collegeOfClass, collegeByName, rowProblems) : null;
      if (student != null) {
        Integer earlier = firstLine.putIfAbsent(student.studentId(), raw.line());
        if (earlier != null) {
          rowProblems.add(problem(raw, "studentId", "学号 " + student.studentId() + " 与第 " + earlier + " 行重复"));
        }
      }
      if (student != null && raw.values().containsKey(CLUBS)) {
        List<String> clubIds = clubList(raw.values().get(CLUBS));
        clubIds.stream().filter(c -> !knownClubs.contains(c)).forEach(c ->
            rowProblems.add(problem(raw, CLUBS, "社团 " + abbreviate(c) + " 不存在")));
        memberships.put(student.studentId(), clubIds);
      }
      if (rowProblems.isEmpty()) {
        valid.add(student);
      }
      problems.addAll(rowProblems);
    }
    if (problems.isEmpty() && valid.isEmpty()) {
      problems.add(new Problem(0, 0, "body", null, "没有可导入的学生"));
    }
    if (!problems.isEmpty()) {
      throw new RecordException(RecordException.Kind.INVALID, "导入被拒绝，未写入任何记录：" + problems.size() + " 处错误；"
          + problems.stream().limit(5).map(Problem::message).collect(Collectors.joining("；")), problems);
    }
    Set<String> existing = students.existingIds(valid.stream().map(Student::studentId).toList());
    List<Student> updates = valid.stream().filter(s -> existing.contains(s.studentId())).toList();
    List<Student> inserts = valid.stream().filter(s -> !existing.contains(s.studentId())).toList();
    try {
      students.update(updates);
      students.insert(inserts);
    } catch (DuplicateKeyException e) {
      throw RecordException.conflict("studentId", null, "另一导入同时写入了相同学号，本次未写入任何记录，请重试");
    }
    clubs.replaceMemberships(memberships);
    return new Result(valid.size(), inserts.size(), updates.size());
  }

  private static Map<String, String> headings() {
    Map<String, String> headings = new LinkedHashMap<>();
    List<String> chinese = List.of("学号", "姓名", "学院", "班级", "专业", "年级", "政治面貌", "专业排名", "专业人数", "不及格门数");
    for (int i = 0; i < FIELDS.size(); i++) {
      headings.put(FIELDS.get(i), chinese.get(i));
    }
    headings.put(CLUBS, "社团");
    return java.util.Collections.unmodifiableMap(headings);
  }

  private static List<String> clubList(String value) {
    return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(c -> !c.isEmpty())
        .distinct().toList();
  }

  private Student check(RawRow raw, Map<String, String> collegeOfClass, Map<String, String> collegeByName,
                        List<Problem> out) {
    String studentId = text(raw, "studentId", out);
    if (studentId != null && !STUDENT_ID.matcher(studentId).matches()) {
      out.add(problem(raw, "studentId", "studentId 只能由 1–32 位字母、数字、- 或 _ 组成"));
    }
    String name = text(raw, "name", out);
    String collegeId = text(raw, "collegeId", out);
    if (collegeId != null) {
      // staff write the college's name (计算机学院) where the records have its id (cs)
      collegeId = collegeByName.getOrDefault(collegeId, collegeId);
    }
    String classId = text(raw, "classId", out);
    String major = text(raw, "major", out);
    Integer grade = integer(raw, "grade", 1950, 2100, out);
    PoliticalStatus status = politicalStatus(raw, out);
    Integer majorSize = integer(raw, "majorSize", 1, 1_000_000, out);
    Integer majorRank = integer(raw, "majorRank", 1, majorSize == null ? 1_000_000 : majorSize, out);
    Integer failed = integer(raw, "failedCourses", 0, 1000, out);
    if (classId != null && collegeId != null) {
      String classCollege = collegeOfClass.get(classId);
      if (classCollege == null) {
        out.add(problem(raw, "classId", "班级 " + classId + " 不存在"));
      } else if (!classCollege.equals(collegeId)) {
        out.add(problem(raw, "classId", "班级 " + classId + " 属于学院 " + classCollege + "，不属于 " + collegeId));
      }
    }
    if (!out.isEmpty()) {
      return null;
    }
    return new Student(studentId, name, collegeId, classId, major, grade, status, majorRank, majorSize, failed);
  }

  private static String text(RawRow raw, String field, List<Problem> out) {
    String value = raw.values().get(field);
    if (value == null || value.isBlank()) {
      out.add(problem(raw, field, field + " 不能为空"));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_TEXT || trimmed.chars().anyMatch(Character::isISOControl)) {
      out.add(problem(raw, field, field + " 不能超过 " + MAX_TEXT + " 个字符，也不能含控制字符"));
      return null;
    }
    return trimmed;
  }

  private static Integer integer(RawRow raw, String field, int min, int max, List<Problem> out) {
    String value = raw.values().get(field);
    if (value == null || value.isBlank()) {
      out.add(problem(raw, field, field + " 不能为空"));
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        out.add(problem(raw, field, field + " 应在 " + min + " 到 " + max + " 之间，实际为 " + n));
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      out.add(problem(raw, field, field + " 应为整数，实际为“" + abbreviate(value) + "”"));
      return null;
    }
  }

  private static PoliticalStatus politicalStatus(RawRow raw, List<Problem> out) {
    String value = raw.values().get("politicalStatus");
    PoliticalStatus status = PoliticalStatus.parse(value == null ? "" : value.strip());
    if (status == null) {
      out.add(problem(raw, "politicalStatus", "politicalStatus 应为 "
          + Arrays.stream(PoliticalStatus.values()).map(p -> p.name() + "（" + p.label() + "）")
          .collect(Collectors.joining("、")) + " 之一，实际为“" + abbreviate(value) + "”"));
    }
    return status;
  }

  private static Problem problem(RawRow raw, String field, String message) {
    return new Problem(raw.line(), raw.row(), field, null, "第 " + raw.line() + " 行 " + message);
  }

  private static String abbreviate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** A CSV or .xlsx file: its header names the fields or gives their Chinese headings (学号, 姓名, …). */
  List<RawRow> readTable(UploadedTable.Upload upload) {
    UploadedTable.Table table = UploadedTable.read(upload, HEADINGS, FIELDS, "学生");
    List<RawRow> rows = new ArrayList<>();
    for (UploadedTable.Line line : table.lines()) {
      List<Problem> problems = new ArrayList<>();
      RawRow raw = new RawRow(line.line(), line.row(), line.values(), problems);
      if (line.problem() != null) {
        problems.add(problem(raw, upload.format() == UploadedTable.Format.XLSX ? "xlsx" : "csv", line.problem()));
      }
      rows.add(raw);
    }
    return rows;
  }

  List<RawRow> readJson(String body) {
    List<RawRow> rows = new ArrayList<>();
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw RecordException.invalid("body", null, "请求体应为学生对象的 JSON 数组");
      }
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        index++;
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = json.readTree(parser);
        rows.add(jsonRow(line, index, node));
      }
      if (parser.nextToken() != null) {
        throw RecordException.invalid("body", null, "JSON 数组之后不应再有内容");
      }
    } catch (JsonProcessingException e) {
      throw RecordException.invalid("body", null, "JSON 格式错误（第 " + e.getLocation().getLineNr() + " 行）："
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  private static RawRow jsonRow(int line, int index, JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    RawRow raw = new RawRow(line, index, values, problems);
    if (node == null || !node.isObject()) {
      problems.add(problem(raw, "body", "第 " + index + " 个元素应为对象"));
      return raw;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode value = entry.getValue();
      if (entry.getKey().equals(CLUBS) && value.isArray()) {
        List<String> ids = new ArrayList<>();
        value.forEach(v -> ids.add(v.asText()));
        values.put(CLUBS, String.join(";", ids));
      } else if (!FIELDS.contains(entry.getKey()) && !entry.getKey().equals(CLUBS)) {
        problems.add(problem(raw, entry.getKey(), "未知字段 " + abbreviate(entry.getKey())));
      } else if (value.isTextual() || value.isIntegralNumber()) {
        values.put(entry.getKey(), value.asText());
      } else if (!value.isNull()) {
        problems.add(problem(raw, entry.getKey(), entry.getKey() + " 应为字符串或整数"));
      }
    }
    return raw;
  }
}
