package edu.university.governance.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV reader behind the academic-records import (RULES.md E1–E3 data), RFC 4180. */
class CsvTableTest {

  private static List<List<String>> fields(List<CsvTable.Row> rows) {
    return rows.stream().map(CsvTable.Row::fields).toList();
  }

  private static List<Integer> lines(List<CsvTable.Row> rows) {
    return rows.stream().map(CsvTable.Row::line).toList();
  }

  @Test
  @DisplayName("a quoted field keeps its commas")
  void quotedFieldKeepsCommas() {
    List<CsvTable.Row> rows = CsvTable.parse("2024001,\"张三,李四\",CYL_MEMBER");

    assertThat(fields(rows)).containsExactly(List.of("2024001", "张三,李四", "CYL_MEMBER"));
  }

  @Test
  @DisplayName("doubled quotes inside a quoted field are one quote")
  void doubledQuotesAreOneQuote() {
    List<CsvTable.Row> rows = CsvTable.parse("a,\"say \"\"hi\"\", then go\",\"\"\"\"");

    assertThat(fields(rows)).containsExactly(List.of("a", "say \"hi\", then go", "\""));
  }

  @Test
  @DisplayName("an empty quoted field and empty unquoted fields are kept")
  void emptyFieldsAreKept() {
    List<CsvTable.Row> rows = CsvTable.parse("\"\",,x,");

    assertThat(fields(rows)).containsExactly(List.of("", "", "x", ""));
  }

  @Test
  @DisplayName("CRLF line ends separate rows and leave no \\r in fields")
  void crlfSeparatesRows() {
    List<CsvTable.Row> rows = CsvTable.parse("id,name\r\n1,张三\r\n2,李四\r\n");

    assertThat(fields(rows)).containsExactly(List.of("id", "name"), List.of("1", "张三"), List.of("2", "李四"));
    assertThat(lines(rows)).containsExactly(1, 2, 3);
  }

  @Test
  @DisplayName("a blank line is skipped, and the next row keeps its own line number")
  void blankLineIsSkipped() {
    List<CsvTable.Row> rows = CsvTable.parse("id,name\n\n1,张三\r\n\r\n2,李四");

    assertThat(fields(rows)).containsExactly(List.of("id", "name"), List.of("1", "张三"), List.of("2", "李四"));
    assertThat(lines(rows)).containsExactly(1, 3, 5);
  }

  @Test
  @DisplayName("a UTF-8 byte order mark is stripped from the first field")
  void byteOrderMarkIsStripped() {
    List<CsvTable.Row> rows = CsvTable.parse("\uFEFFstudentNo,name\n1,张三");

    assertThat(rows.get(0).fields()).containsExactly("studentNo", "name");
    assertThat(rows.get(0).fields().get(0)).doesNotStartWith("\uFEFF");
  }

  @Test
  @DisplayName("rows carry the line they start on, also after a quoted field with an embedded newline")
  void lineNumbersCountEmbeddedNewlines() {
    List<CsvTable.Row> rows = CsvTable.parse("id,note\n1,\"first\nsecond\"\n2,plain\r\n3,\"a\r\nb\r\nc\"\r\n4,last");

    assertThat(fields(rows)).containsExactly(
        List.of("id", "note"),
        List.of("1", "first\nsecond"),
        List.of("2", "plain"),
        List.of("3", "a\r\nb\r\nc"),
        List.of("4", "last"));
    assertThat(lines(rows)).containsExactly(1, 2, 4, 5, 8);
  }

  @Test
  @DisplayName("an empty text has no rows")
  void emptyTextHasNoRows() {
    assertThat(CsvTable.parse("")).isEmpty();
    assertThat(CsvTable.parse("\uFEFF")).isEmpty();
  }

  @Test
  @DisplayName("an unclosed quote is refused as invalid, naming the line the row starts on")
  void unclosedQuoteIsRefused() {
    assertThatThrownBy(() -> CsvTable.parse("id,name\n1,\"张三\n2,李四"))
        .isInstanceOfSatisfying(RecordException.class, e -> {
          assertThat(e.kind()).isEqualTo(RecordException.Kind.INVALID);
          assertThat(e.getMessage()).contains("第 2 行", "引号未闭合");
        });
  }
}
