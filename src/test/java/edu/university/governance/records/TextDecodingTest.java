package edu.university.governance.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Text files as staff hand them over: UTF-8, UTF-8 with BOM, GBK as Excel saves a CSV on a Chinese Windows. */
class TextDecodingTest {

  private static final String CSV = "studentId,name\n2023001,张伟\n2023002,欧阳明\n";
  private static final Charset GBK = Charset.forName("GBK");

  @Test
  @DisplayName("UTF-8 without a charset is read as UTF-8")
  void utf8() {
    assertThat(TextDecoding.decode(CSV.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(CSV);
  }

  @Test
  @DisplayName("UTF-8 with a byte-order mark: the mark is dropped, with or without a declared charset")
  void utf8WithBom() {
    byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoding.decode(body, null)).isEqualTo(CSV);
    assertThat(TextDecoding.decode(body, StandardCharsets.UTF_8)).isEqualTo(CSV);
  }

  @Test
  @DisplayName("GBK without a charset: not valid UTF-8, so read as GB18030, and the names are intact (not mojibake)")
  void gbkWithoutCharset() {
    byte[] body = CSV.getBytes(GBK);
    assertThat(TextDecoding.decode(body, null)).isEqualTo(CSV).contains("欧阳明");
  }

  @Test
  @DisplayName("a declared charset is honoured: GBK declared reads GBK, and GB18030 bytes declared as GB18030 too")
  void declaredCharset() {
    assertThat(TextDecoding.decode(CSV.getBytes(GBK), GBK)).isEqualTo(CSV);
    String rare = "studentId,name\n2023009,䶮\n"; // outside GBK, in GB18030 (four bytes)
    assertThat(TextDecoding.decode(rare.getBytes(TextDecoding.GB18030), TextDecoding.GB18030)).isEqualTo(rare);
  }

  @Test
  @DisplayName("GBK bytes declared as UTF-8 are refused naming UTF-8 and the line of the first bad byte")
  void declaredUtf8ButGbk() {
    byte[] body = concat("studentId,name\n2023001,Zhang\n".getBytes(StandardCharsets.UTF_8), "2023002,欧阳明\n".getBytes(GBK));
    assertThatThrownBy(() -> TextDecoding.decode(body, StandardCharsets.UTF_8))
        .isInstanceOf(RecordException.class)
        .hasMessageContaining("第 3 行").hasMessageContaining("UTF-8")
        .satisfies(e -> assertThat(((RecordException) e).problems().get(0).line()).isEqualTo(3));
  }

  @Test
  @DisplayName("bytes that are neither UTF-8 nor GB18030 are refused naming both encodings and the lines")
  void undecodable() {
    byte[] body = concat("studentId,name\n2023001,张伟\r\n".getBytes(StandardCharsets.UTF_8),
        new byte[] {'2', '0', '2', '3', '0', '0', '2', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
    assertThatThrownBy(() -> TextDecoding.decode(body, null))
        .isInstanceOf(RecordException.class)
        .hasMessageContaining("UTF-8").hasMessageContaining("GB18030")
        .hasMessageContaining("第 3 行")
        .satisfies(e -> assertThat(((RecordException) e).kind()).isEqualTo(RecordException.Kind.INVALID));
  }

  @Test
  @DisplayName("a declared GBK with bytes GBK cannot read is refused naming GBK and the line")
  void declaredGbkUndecodable() {
    byte[] body = concat("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII), new byte[] {'3', ',', (byte) 0x81, '\n'});
    assertThatThrownBy(() -> TextDecoding.decode(body, GBK))
        .isInstanceOf(RecordException.class).hasMessageContaining("GBK").hasMessageContaining("第 3 行");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
