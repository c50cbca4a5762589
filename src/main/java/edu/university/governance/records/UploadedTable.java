package edu.university.governance.records;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table staff upload (a student import, a roster load): a CSV file in UTF-8 (with or without BOM) or GB18030/GBK
 * ({@link TextDecoding}), or the first sheet of an .xlsx workbook ({@link SpreadsheetTable}). Its header row names
 * each column by the field name of CONTRACT.md or by the Chinese heading staff use (学号, 姓名, …); the rows keep the
 * line (CSV) or Excel row number they come from.
 */
public final class UploadedTable {

  public enum Format { CSV, XLSX }

  /** The uploaded bytes, their format, and the charset the request declared (CSV; null when none). */
  public record Upload(Format format, byte[] bytes, Charset charset) {
  }

  /** One data row: its line, its place among the rows (from 1), its values by field name. */
  public record Line(int line, int row, Map<String, String> values, String problem) {
  }

  /** A file's columns as field names, and its data rows. */
  public record Table(List<String> fields, List<Line> lines) {
  }

  private UploadedTable() {
  }

  /** The rows of the file as text; refused when it cannot be decoded or parsed. */
  public static List<CsvTable.Row> rows(Upload upload) {
    return switch (upload.format()) {
      case CSV -> CsvTable.parse(TextDecoding.decode(upload.bytes(), upload.charset()));
      case XLSX -> SpreadsheetTable.parse(upload.bytes());
    };
  }

  /**
   * Reads the file against its expected columns: {@code headings} maps every field it may have (required first, in
   * order) to its Chinese heading; {@code required} are those it must have. A header naming a column twice, missing a
   * required one or naming an unknown one refuses the file. A data row with another number of cells than the header
   * (in a spreadsheet: more non-empty cells) carries a problem instead of values.
   */
  public static Table read(Upload upload, Map<String, String> headings, List<String> required, String what) {
    List<CsvTable.Row> table = rows(upload);
    String expected = headings.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue() + "）")
        .collect(Collectors.joining(","));
    if (table.isEmpty()) {
      throw RecordException.invalid(formatName(upload), null, what + "文件为空：第 1 行应为表头 " + expected);
    }
    CsvTable.Row headerRow = table.get(0);
    List<String> header = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String cell : headerRow.fields()) {
      String field = field(cell.strip(), headings);
      if (field == null) {
        unknown.add(cell.strip());
      }
      header.add(field);
    }
    List<String> missing = required.stream().filter(f -> !header.contains(f)).toList();
    List<String> named = header.stream().filter(f -> f != null).toList();
    if (!missing.isEmpty() || !unknown.isEmpty() || named.size() != Set.copyOf(named).size()) {
      throw RecordException.invalid(formatName(upload), null, "第 " + headerRow.line() + " 行表头应包含 "
          + String.join(",", required) + "（或中文表头 " + required.stream().map(headings::get)
          .collect(Collectors.joining(",")) + "），可用的列：" + expected
          + (missing.isEmpty() ? "" : "；缺少 " + missing) + (unknown.isEmpty() ? "" : "；未知列 " + unknown)
          + (named.size() != Set.copyOf(named).size() ? "；有重复的列" : ""));
    }
    boolean spreadsheet = upload.format() == Format.XLSX;
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < table.size(); i++) {
      CsvTable.Row row = table.get(i);
      List<String> cells = new ArrayList<>(row.fields());
      while (spreadsheet && cells.size() < header.size()) {
        cells.add("");
      }
      Map<String, String> values = new LinkedHashMap<>();
      String problem = null;
      if (cells.size() != header.size()) {
        problem = spreadsheet ? "第 " + (header.size() + 1) + " 列起有内容，表头只有 " + header.size() + " 列"
            : "有 " + cells.size() + " 列，表头有 " + header.size() + " 列";
      } else {
        for (int c = 0; c < header.size(); c++) {
          values.put(header.get(c), cells.get(c));
        }
      }
      lines.add(new Line(row.line(), i, values, problem));
    }
    return new Table(header, lines);
  }

  /** The field a heading names: the field name itself or its Chinese heading; null when neither. */
  static String field(String heading, Map<String, String> headings) {
    if (headings.containsKey(heading)) {
      return heading;
    }
    return headings.entrySet().stream().filter(e -> e.getValue().equals(heading)).map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }

  private static String formatName(Upload upload) {
    return upload.format() == Format.XLSX ? "xlsx" : "csv";
  }
}
