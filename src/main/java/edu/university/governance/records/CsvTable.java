package edu.university.governance.records;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF) as rows of fields, each row with the
 * line of the file it starts on, so that a refusal can name it.
 */
public final class CsvTable {

  public record Row(int line, List<String> fields) {
  }

  private CsvTable() {
  }

  public static List<Row> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, fields, field, fieldStarted, rowLine);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw RecordException.invalid("csv", null, "第 " + rowLine + " 行：引号未闭合");
    }
    endRow(rows, fields, field, fieldStarted, rowLine);
    return rows;
  }

  /** Ends a row; a line with nothing on it is skipped, not read as one empty field. */
  private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean fieldStarted, int line) {
    if (fieldStarted || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new Row(line, List.copyOf(fields)));
    }
    fields.clear();
    field.setLength(0);
  }
}
