package edu.university.governance.api;

import edu.university.governance.records.UploadedTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Excel files of the lists staff publish or hand on (roster, candidates, review ranking, procedures), one sheet with a
 * Chinese header row, and the reading side's media types. Every export is a list of {@link Column}s over its rows.
 */
final class Spreadsheets {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

  /** One column: its Chinese heading and its value for a row (text, a number, or null for an empty cell). */
  record Column<T>(String heading, Function<T, Object> value) {
  }

  private Spreadsheets() {
  }

  /** An upload of a CSV file or an .xlsx workbook, as the request's Content-Type says. */
  static UploadedTable.Upload upload(MediaType contentType, byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    if (contentType.isCompatibleWith(XLSX_TYPE)) {
      return new UploadedTable.Upload(UploadedTable.Format.XLSX, bytes, null);
    }
    return new UploadedTable.Upload(UploadedTable.Format.CSV, bytes, contentType.getCharset());
  }

  /**
   * The rows as an .xlsx attachment named {@code fileName} (Chinese, with {@code asciiName} for clients that read
   * only the plain filename parameter).
   */
  static <T> ResponseEntity<byte[]> attachment(String fileName, String asciiName, String sheetName,
                                               List<Column<T>> columns, List<T> rows) {
    return ResponseEntity.ok().contentType(XLSX_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName, asciiName))
        .body(workbook(sheetName, columns, rows));
  }

  static <T> byte[] workbook(String sheetName, List<Column<T>> columns, List<T> rows) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet(sheetName);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headingStyle = workbook.createCellStyle();
      headingStyle.setFont(bold);
      headingStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      headingStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      int[] widths = new int[columns.size()];
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c).heading());
        cell.setCellStyle(headingStyle);
        widths[c] = width(columns.get(c).heading());
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < columns.size(); c++) {
          Object value = columns.get(c).value().apply(rows.get(r));
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
          widths[c] = Math.max(widths[c], width(value == null ? "" : value.toString()));
        }
      }
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, Math.min(widths[c] + 2, 60) * 256);
      }
      sheet.createFreezePane(0, 1);
      if (!columns.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Writing an .xlsx in memory failed", e);
    }
  }

  /** Display width in Excel's character units: a Chinese character takes two. */
  private static int width(String text) {
    return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }

  /** RFC 6266: a plain ASCII filename and the real one in UTF-8 (filename*, RFC 5987). */
  static String contentDisposition(String fileName, String asciiName) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** A part of a file name with the characters file systems refuse replaced. */
  static String safe(String part) {
    return part == null ? "" : part.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
  }
}
