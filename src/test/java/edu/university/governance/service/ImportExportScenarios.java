package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16 through real HTTP: the student import and the roster load take the files staff are given (CSV in UTF-8,
 * with BOM, GBK; .xlsx with Chinese headings), refuse undecodable text with nothing written, and the lists staff
 * publish come as .xlsx by content negotiation, read back here with POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ImportExportScenarios {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final Charset GBK = Charset.forName("GBK");
  static final String HEADER = "studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses\n";

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private String nameOf(String studentId) {
    Http.Response read = http.get("admin", "/api/students/" + studentId);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json().get("name").asText();
  }

  private int studentRows() {
    return jdbc.queryForObject("select count(*) from gov_student", Integer.class);
  }

  @Test
  @DisplayName("POST /api/students in every format and encoding: UTF-8, UTF-8 with BOM, GBK without a charset, GBK"
      + " declared, .xlsx with Chinese headings and values (计算机学院, 共青团员); the names read back intact")
  void importsInEveryFormat() throws Exception {
    String utf8 = HEADER + "it16-01,欧阳明,cs,cs2301,计算机科学,2023,CYL_MEMBER,1,100,0\n";
    assertImported(http.postBytes("admin", "/api/students", "text/csv", utf8.getBytes(StandardCharsets.UTF_8)));
    assertThat(nameOf("it16-01")).isEqualTo("欧阳明");

    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (HEADER + "it16-02,司马懿,cs,cs2301,计算机科学,2023,CYL_MEMBER,2,100,0\n").getBytes(StandardCharsets.UTF_8));
    assertImported(http.postBytes("admin", "/api/students", "text/csv", bom));
    assertThat(nameOf("it16-02")).isEqualTo("司马懿");

    // as Excel saves a "CSV" on a Chinese Windows: GBK, Chinese headings, sent without a charset
    String gbk = "学号,姓名,学院,班级,专业,年级,政治面貌,专业排名,专业人数,不及格门数\r\n"
        + "it16-03,司马懿懿,计算机学院,cs2301,计算机科学,2023,共青团员,3,100,0\r\n";
    assertImported(http.postBytes("admin", "/api/students", "text/csv", gbk.getBytes(GBK)));
    assertThat(nameOf("it16-03")).isEqualTo("司马懿懿");
    JsonNode third = http.get("admin", "/api/students/it16-03").json();
    assertThat(third.get("collegeId").asText()).isEqualTo("cs");
    assertThat(third.get("politicalStatus").asText()).isEqualTo("CYL_MEMBER");

    String declared = HEADER + "it16-04,诸葛亮,cs,cs2301,计算机科学,2023,中共预备党员,4,100,0\n";
    assertImported(http.postBytes("admin", "/api/students", "text/csv; charset=GBK", declared.getBytes(GBK)));
    assertThat(nameOf("it16-04")).isEqualTo("诸葛亮");
    assertThat(http.get("admin", "/api/students/it16-04").json().get("politicalStatus").asText())
        .isEqualTo("CPC_PROBATIONARY");

    byte[] workbook = workbook(new Object[][] {
        {"学号", "姓名", "学院", "班级", "专业", "年级", "政治面貌", "专业排名", "专业人数", "不及格门数"},
        {"it16-05", "上官婉儿", "计算机学院", "cs2301", "计算机科学", 2023, "共青团员", 5, 100, 0},
        {202316060L, "欧阳修", "cs", "cs2301", "计算机科学", 2023, "CYL_MEMBER", 6, 100, 0}});
    Http.Response xlsx = http.postBytes("admin", "/api/students", XLSX, workbook);
    assertImported(xlsx);
    assertThat(xlsx.json().get("imported").asInt()).isEqualTo(2);
    assertThat(nameOf("it16-05")).isEqualTo("上官婉儿");
    assertThat(nameOf("202316060")).isEqualTo("欧阳修");

    // an .xlsx row that is wrong names its Excel row, and nothing of the file is written
    byte[] bad = workbook(new Object[][] {
        {"学号", "姓名", "学院", "班级", "专业", "年级", "政治面貌", "专业排名", "专业人数", "不及格门数"},
        {"it16-07", "王昭君", "计算机学院", "cs2301", "计算机科学", 2023, "共青团员", 7, 100, 0},
        {"it16-08", "貂蝉", "计算机学院", "cs2301", "计算机科学", 2023, "少先队员", 8, 100, 0}});
    Http.Response refused = http.postBytes("admin", "/api/students", XLSX, bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("第 3 行").contains("politicalStatus");
    assertThat(http.get("admin", "/api/students/it16-07").status()).isEqualTo(404);

    assertThat(http.postBytes("college-cs-league", "/api/students", XLSX, workbook).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("undecodable text is refused with 400 naming the encoding and the line, and nothing is written")
  void undecodableRefused() {
    int before = studentRows();
    byte[] body = concat((HEADER + "it16-20,张三,cs,cs2301,计算机科学,2023,CYL_MEMBER,1,100,0\n")
        .getBytes(StandardCharsets.UTF_8), new byte[] {'i', 't', '1', '6', '-', '2', '1', ',', (byte) 0xFF, (byte) 0xFE,
        ',', 'c', 's', '\n'});
    Http.Response neither = http.postBytes("admin", "/api/students", "text/csv", body);
    assertThat(neither.status()).as(neither.body()).isEqualTo(400);
    assertThat(neither.json().get("message").asText()).contains("UTF-8").contains("GB18030").contains("第 3 行");

    // GBK bytes declared as UTF-8: the declaration is honoured, and the text refused rather than stored as "�"
    byte[] gbk = (HEADER + "it16-22,李四,cs,cs2301,计算机科学,2023,CYL_MEMBER,1,100,0\n").getBytes(GBK);
    Http.Response mislabelled = http.postBytes("admin", "/api/students", "text/csv; charset=UTF-8", gbk);
    assertThat(mislabelled.status()).as(mislabelled.body()).isEqualTo(400);
    assertThat(mislabelled.json().get("message").asText()).contains("UTF-8").contains("第 2 行");

    Http.Response notXlsx = http.postBytes("admin", "/api/students", XLSX, "studentId\n1".getBytes(StandardCharsets.UTF_8));
    assertThat(notXlsx.status()).as(notXlsx.body()).isEqualTo(400);

    assertThat(http.get("admin", "/api/students/it16-20").status()).isEqualTo(404);
    assertThat(http.get("admin", "/api/students/it16-22").status()).isEqualTo(404);
    assertThat(studentRows()).isEqualTo(before);
  }

  @Test
  @DisplayName("the roster load takes .xlsx and GBK CSV with Chinese headings, posts and department names; a refused"
      + " row names its line and nothing is loaded")
  void rosterFromFiles() throws Exception {
    assertImported(http.postBytes("admin", "/api/students", "text/csv", (HEADER
        + "it16-30,公孙策,cs,cs2301,计算机科学,2023,CYL_MEMBER,1,100,0\n"
        + "it16-31,展昭,cs,cs2301,计算机科学,2023,CYL_MEMBER,2,100,0\n").getBytes(StandardCharsets.UTF_8)));
    byte[] refused = ("学号,职务,部门,任期\r\nit16-30,工作人员,办公室,\r\nnobody,工作人员,办公室,\r\n").getBytes(GBK);
    Http.Response bad = http.postBytes("admin", "/api/unions/cs-su/roster", "text/csv", refused);
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("第 3 行").contains("nobody");
    assertThat(http.get("admin", "/api/unions/cs-su/roster").json().get("roster").findValuesAsText("studentId"))
        .doesNotContain("it16-30");

    byte[] workbook = workbook(new Object[][] {{"学号", "职务", "部门", "任期"}, {"it16-30", "工作人员", "办公室", null}});
    Http.Response loaded = http.postBytes("admin", "/api/unions/cs-su/roster", XLSX, workbook);
    assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    JsonNode member = null;
    for (JsonNode entry : loaded.json().get("roster")) {
      if (entry.get("studentId").asText().equals("it16-30")) {
        member = entry;
      }
    }
    assertThat(member).as(loaded.body()).isNotNull();
    assertThat(member.get("post").asText()).isEqualTo("STAFF");
    assertThat(member.get("departmentId").asText()).isEqualTo("office");
    assertThat(member.get("conventionSignedAt").isNull()).as("D1: a file without the column records no signature")
        .isTrue();
  }

  @Test
  @DisplayName("D1 in the roster load: the optional column 签署自律公约日期 (CSV, .xlsx) and field conventionSignedAt (JSON)"
      + " are recorded; a date after today is refused naming D1 and the line, nothing loaded; the quota view warns of"
      + " every member without it and lists them with the rule")
  void d1ConventionInTheLoadAndTheQuotaView() throws Exception {
    assertImported(http.postBytes("admin", "/api/students", "text/csv", (HEADER
        + "it16-40,包拯,cs,cs2301,计算机科学,2023,CYL_MEMBER,1,100,0\n"
        + "it16-41,王朝,cs,cs2301,计算机科学,2023,CYL_MEMBER,2,100,0\n"
        + "it16-42,马汉,cs,cs2301,计算机科学,2023,CYL_MEMBER,3,100,0\n").getBytes(StandardCharsets.UTF_8)));
    String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    byte[] future = ("学号,职务,部门,任期,签署自律公约日期\r\nit16-40,工作人员,办公室,,2025-09-01\r\n"
        + "it16-41,工作人员,学习部,," + tomorrow + "\r\n").getBytes(GBK);
    Http.Response refused = http.postBytes("admin", "/api/unions/cs-su/roster", "text/csv", future);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("rule").asText()).isEqualTo("D1");
    assertThat(refused.json().get("message").asText()).contains("第 3 行 it16-41").contains("D1：签署自律公约日期 "
        + tomorrow + " 晚于今天");
    assertThat(roster("cs-su")).doesNotContainKeys("it16-40", "it16-41");

    byte[] workbook = workbook(new Object[][] {{"学号", "职务", "部门", "任期", "签署自律公约日期"},
        {"it16-40", "工作人员", "办公室", null, "2025/9/1"}, {"it16-41", "工作人员", "学习部", null, null}});
    Http.Response loaded = http.postBytes("admin", "/api/unions/cs-su/roster", XLSX, workbook);
    assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    Http.Response json = http.postJson("admin", "/api/unions/cs-su/roster",
        "[{\"studentId\":\"it16-42\",\"post\":\"STAFF\",\"departmentId\":\"office\",\"conventionSignedAt\":\"2025-09-02\"}]");
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    java.util.Map<String, JsonNode> members = roster("cs-su");
    assertThat(members.get("it16-40").get("conventionSignedAt").asText()).isEqualTo("2025-09-01");
    assertThat(members.get("it16-41").get("conventionSignedAt").isNull()).isTrue();
    assertThat(members.get("it16-42").get("conventionSignedAt").asText()).isEqualTo("2025-09-02");
    assertThat(members.get("2023006").get("conventionSignedAt").asText()).as("demo data").isEqualTo("2026-09-15");

    List<String> unsigned = members.values().stream().filter(m -> m.get("conventionSignedAt").isNull())
        .map(m -> m.get("studentId").asText()).toList();
    JsonNode quotas = http.get("college-cs-league", "/api/unions/cs-su/quotas").json();
    assertThat(quotas.get("warnings").get(0).asText()).isEqualTo("D1: " + unsigned.size() + " 名成员未记录签署自律公约");
    assertThat(quotas.get("conventionMissing").findValuesAsText("studentId")).containsExactlyInAnyOrderElementsOf(unsigned)
        .contains("it16-41").doesNotContain("it16-40", "it16-42", "2023006");
    for (JsonNode missing : quotas.get("conventionMissing")) {
      assertThat(missing.get("rule").asText()).isEqualTo("D1");
    }
    JsonNode wang = quotas.get("conventionMissing").findParents("studentId").stream()
        .filter(m -> m.get("studentId").asText().equals("it16-41")).findFirst().orElseThrow();
    assertThat(wang.get("name").asText()).isEqualTo("王朝");
    assertThat(wang.get("postName").asText()).isEqualTo("工作人员");
    assertThat(wang.get("departmentName").asText()).isEqualTo("学习部");
    // school-su's demo presidium signed: no warning at all
    JsonNode school = http.get("admin", "/api/unions/school-su/quotas").json();
    if (roster("school-su").values().stream().allMatch(m -> !m.get("conventionSignedAt").isNull())) {
      assertThat(school.get("warnings")).isEmpty();
      assertThat(school.get("conventionMissing")).isEmpty();
    }
  }

  /** The current members of a union by 学号, as GET …/roster gives them. */
  private java.util.Map<String, JsonNode> roster(String unionId) {
    java.util.Map<String, JsonNode> members = new java.util.LinkedHashMap<>();
    for (JsonNode entry : http.get("admin", "/api/unions/" + unionId + "/roster").json().get("roster")) {
      members.put(entry.get("studentId").asText(), entry);
    }
    return members;
  }

  @Test
  @DisplayName("the roster as .xlsx: Chinese header row, one row per member with names, post and department in Chinese,"
      + " a UTF-8 file name; JSON stays the default and other Accept types get 406")
  void rosterExport() throws Exception {
    JsonNode json = http.get("college-econ-league", "/api/unions/cs-su/roster").json();
    Http.Download file = http.download("college-econ-league", "/api/unions/cs-su/roster", XLSX);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    String disposition = file.headers().firstValue("Content-Disposition").orElse("");
    assertThat(disposition).startsWith("attachment;").contains("filename=\"roster-cs-su.xlsx\"");
    assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
        .isEqualTo(json.get("name").asText() + "名册.xlsx");
    List<List<String>> rows = read(file.body());
    assertThat(rows.get(0)).containsExactly("学号", "姓名", "学院", "职务", "部门", "任期", "任职日期", "签署自律公约日期");
    assertThat(rows).hasSize(json.get("roster").size() + 1);
    List<String> jsonNames = json.get("roster").findValuesAsText("name");
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList()).containsExactlyElementsOf(jsonNames);
    List<String> staff = rows.stream().filter(r -> r.get(0).equals("2023006")).findFirst().orElseThrow();
    assertThat(staff.get(1)).isEqualTo("杨帆");
    assertThat(staff.get(2)).isEqualTo("计算机学院");
    assertThat(staff.get(3)).isEqualTo("工作人员");
    assertThat(staff.get(4)).isEqualTo("学习部");
    assertThat(staff.get(7)).as("D1: the demo member's recorded signature").isEqualTo("2026-09-15");
    List<String> jsonSigned = new ArrayList<>();
    json.get("roster").forEach(m -> jsonSigned.add(m.get("conventionSignedAt").isNull() ? ""
        : m.get("conventionSignedAt").asText()));
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.size() > 7 ? r.get(7) : "").toList())
        .containsExactlyElementsOf(jsonSigned);

    assertThat(http.get("college-econ-league", "/api/unions/cs-su/roster").body()).startsWith("{");
    assertThat(http.getAccepting("college-econ-league", "/api/unions/cs-su/roster", "*/*").body()).startsWith("{");
    assertThat(http.getAccepting("college-econ-league", "/api/unions/cs-su/roster", "text/html").status()).isEqualTo(406);
    assertThat(http.getAccepting("college-econ-league", "/api/unions/cs-su/roster", "application/pdf").status())
        .isEqualTo(406);
    assertThat(http.download(null, "/api/unions/cs-su/roster", XLSX).status()).isEqualTo(401);
    assertThat(http.download("admin", "/api/unions/nope/roster", XLSX).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the confirmed candidates of a year and a semester's review ranking as .xlsx, with names and colleges")
  void candidatesAndReviewsExport() throws Exception {
    int year = Year.now().getValue();
    jdbc.update("insert into gov_nomination (procedure_rule, union_id, student_id, basis, process_instance_id, status,"
        + " confirmed_year, opened_at, closed_at) values ('P1', 'school-su', '2023002', 'OUTSTANDING_STUDENT',"
        + " 'it16-candidate', 'CANDIDATE_CONFIRMED', ?, current_timestamp, current_timestamp)", year);
    Http.Download candidates = http.download("party-committee", "/api/unions/school-su/candidates?year=" + year, XLSX);
    assertThat(candidates.status()).as(candidates.text()).isEqualTo(200);
    assertThat(candidates.headers().firstValue("Content-Disposition").orElse(""))
        .contains("candidates-school-su-" + year + ".xlsx");
    List<List<String>> rows = read(candidates.body());
    assertThat(rows.get(0)).containsExactly("学号", "姓名", "学院", "班级", "推荐依据或职务", "确定日期");
    int jsonCount = http.get("party-committee", "/api/unions/school-su/candidates?year=" + year).json().size();
    assertThat(rows).hasSize(jsonCount + 1);
    List<String> lina = rows.stream().filter(r -> r.get(0).equals("2023002")).findFirst().orElseThrow();
    assertThat(lina.subList(1, 5)).containsExactly("李娜", "计算机学院", "cs2301", "各领域优秀学生典型");
    assertThat(lina.get(5)).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(http.download("party-committee", "/api/unions/school-su/candidates?year=x", XLSX).status()).isEqualTo(400);

    jdbc.update("insert into gov_review (union_id, semester, student_id, post, process_instance_id, political_attitude,"
        + " moral_conduct, study, work_results, discipline, comment, reviewed_at) values ('school-su', '2026-2027-1',"
        + " '2022001', 'PRESIDIUM', 'it16-review', 5, 4, 5, 4, 5, '表现突出', current_timestamp)");
    Http.Download reviews = http.download("review-board", "/api/unions/school-su/reviews?semester=2026-2027-1", XLSX);
    assertThat(reviews.status()).as(reviews.text()).isEqualTo(200);
    List<List<String>> ranking = read(reviews.body());
    assertThat(ranking.get(0)).containsExactly("名次", "学号", "姓名", "职务", "政治态度", "道德品行", "学习情况", "工作成效",
        "纪律作风", "总分", "平均分", "评语");
    assertThat(ranking).hasSize(2);
    assertThat(ranking.get(1).subList(0, 4)).containsExactly("1", "2022001", "钱程", "主席团成员");
    assertThat(ranking.get(1).get(9)).isEqualTo("23");
    assertThat(ranking.get(1).get(11)).isEqualTo("表现突出");
    assertThat(http.download("review-board", "/api/unions/school-su/reviews?semester=bad", XLSX).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("/api/procedures as .xlsx: the same procedures as the JSON list for each reader, with Chinese names")
  void proceduresExport() throws Exception {
    Http.Response started = http.postJson("college-cs-league",
        "/engine-rest/process-definition/key/school-presidium-candidacy/start", Http.variables("studentId", "2023001",
            "unionId", "school-su", "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    for (String reader : List.of("admin", "college-cs-league", "college-econ-league")) {
      JsonNode json = http.get(reader, "/api/procedures").json();
      Http.Download file = http.download(reader, "/api/procedures", XLSX);
      assertThat(file.status()).as(file.text()).isEqualTo(200);
      List<List<String>> rows = read(file.body());
      assertThat(rows.get(0)).startsWith("业务编号", "流程", "学号", "姓名", "学院", "学生组织", "事项", "状态", "结果");
      assertThat(rows).as(reader).hasSize(json.size() + 1);
      assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(r.size() - 1)).toList()).as(reader)
          .containsExactlyElementsOf(json.findValuesAsText("processInstanceId"));
    }
    List<List<String>> mine = read(http.download("college-cs-league", "/api/procedures?studentId=2023001", XLSX).body());
    assertThat(mine).hasSizeGreaterThan(1);
    assertThat(mine.get(1).subList(1, 4)).containsExactly("校级学生会主席团候选人推荐（P1）", "2023001", "张伟");
    assertThat(mine.get(1).get(7)).isEqualTo("进行中");
    assertThat(read(http.download("college-econ-league", "/api/procedures?studentId=2023001", XLSX).body())).hasSize(1);
  }

  private static void assertImported(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("imported").asInt()).isPositive();
  }

  /** Every row of the first sheet as Excel shows it. */
  static List<List<String>> read(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  static byte[] workbook(Object[][] rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("名单");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
