package edu.university.governance.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first sheet of an .xlsx as staff get it from academic affairs, with Chinese headings. */
class SpreadsheetTableTest {

  static byte[] workbook(Object[][] rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("学生");
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue; // an empty row
        }
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
      workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("不读");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @DisplayName("the first sheet: Chinese text intact, whole numbers with all their digits, Excel row numbers as lines,"
      + " empty rows skipped, a gap between cells kept as an empty field")
  void firstSheet() throws Exception {
    byte[] file = workbook(new Object[][] {
        {"学号", "姓名", "年级"},
        {202301010123L, "欧阳明", 2023},
        null,
        {"2023002", null, 2024}});
    List<CsvTable.Row> rows = SpreadsheetTable.parse(file);
    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(1, 2, 4);
    assertThat(rows).extracting(CsvTable.Row::fields).containsExactly(List.of("学号", "姓名", "年级"),
        List.of("202301010123", "欧阳明", "2023"), List.of("2023002", "", "2024"));
  }

  @Test
  @DisplayName("D1: a date cell (2025/9/1 typed into Excel, shown as yyyy/m/d or yyyy年m月d日) reads as 2025-09-01")
  void dateCells() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row row = workbook.createSheet("名册").createRow(0);
      String[] formats = {"yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy"};
      for (int c = 0; c < formats.length; c++) {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(formats[c]));
        var cell = row.createCell(c);
        cell.setCellValue(java.time.LocalDate.of(2025, 9, 1));
        cell.setCellStyle(style);
      }
      row.createCell(3).setCellValue(45901);
      workbook.write(out);
      assertThat(SpreadsheetTable.parse(out.toByteArray()).get(0).fields())
          .containsExactly("2025-09-01", "2025-09-01", "2025-09-01", "45901");
    }
  }

  @Test
  @DisplayName("the student import's Chinese headings name the fields; a short spreadsheet row is padded")
  void chineseHeadings() throws Exception {
    byte[] file = workbook(new Object[][] {
        {"学号", "姓名", "学院", "班级", "专业", "年级", "政治面貌", "专业排名", "专业人数", "不及格门数"},
        {"2023001", "张伟", "计算机学院", "cs2301", "计算机科学", 2023, "共青团员", 3, 120, 0},
        {"2023002", "李娜", "计算机学院", "cs2301"}});
    UploadedTable.Table table = UploadedTable.read(new UploadedTable.Upload(UploadedTable.Format.XLSX, file, null),
        StudentImport.HEADINGS, StudentImport.FIELDS, "学生");
    assertThat(table.fields()).containsExactlyElementsOf(StudentImport.FIELDS);
    Map<String, String> first = table.lines().get(0).values();
    assertThat(first).containsEntry("studentId", "2023001").containsEntry("name", "张伟")
        .containsEntry("collegeId", "计算机学院").containsEntry("politicalStatus", "共青团员")
        .containsEntry("majorRank", "3").containsEntry("majorSize", "120");
    assertThat(table.lines().get(1).line()).isEqualTo(3);
    assertThat(table.lines().get(1).problem()).isNull();
    assertThat(table.lines().get(1).values()).containsEntry("major", "");
  }

  @Test
  @DisplayName("an unknown heading refuses the file and names it")
  void unknownHeading() throws Exception {
    byte[] file = workbook(new Object[][] {{"学号", "姓名", "身高"}});
    assertThatThrownBy(() -> UploadedTable.read(new UploadedTable.Upload(UploadedTable.Format.XLSX, file, null),
        StudentImport.HEADINGS, StudentImport.FIELDS, "学生"))
        .isInstanceOf(RecordException.class).hasMessageContaining("身高").hasMessageContaining("缺少");
  }

  @Test
  @DisplayName("bytes that are not an .xlsx are refused as such, not a fault")
  void notAWorkbook() {
    assertThatThrownBy(() -> SpreadsheetTable.parse("studentId,name\n1,张伟".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RecordException.class).hasMessageContaining(".xlsx");
  }
}
