package edu.university.governance.records;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files as staff hand them over: UTF-8 with or without a byte-order mark, or GB18030/GBK as Excel saves a
 * "CSV" on a Chinese Windows. A declared charset is honoured; without one the bytes are read as UTF-8, and as
 * GB18030 (a superset of GBK) only when they are not valid UTF-8. Bytes that the encoding cannot read are refused
 * with the encoding and the line, never replaced by "�" and stored.
 */
public final class TextDecoding {

  public static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoding() {
  }

  /** The text of the bytes; {@code declared} is the request's charset parameter, or null when it gave none. */
  public static String decode(byte[] bytes, Charset declared) {
    if (startsWithUtf8Bom(bytes)) {
      // a byte-order mark says UTF-8 whatever the label says, as browsers read it
      return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8).orElseRefuse();
    }
    if (declared != null) {
      return strict(bytes, 0, declared).orElseRefuse();
    }
    Attempt utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text() != null) {
      return utf8.text();
    }
    Attempt gb = strict(bytes, 0, GB18030);
    if (gb.text() != null) {
      return gb.text();
    }
    // neither: the encoding that read further is more likely the file's own
    int line = Math.max(utf8.failedLine(), gb.failedLine());
    String message = "文件无法解码：既不是有效的 UTF-8 文本（第 " + utf8.failedLine() + " 行起），也不是有效的 GB18030/GBK 文本（第 "
        + gb.failedLine() + " 行起）；请另存为 UTF-8，或在 Content-Type 中用 charset 注明编码，未写入任何记录";
    throw refusal(line, message);
  }

  private static boolean startsWithUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
  }

  /** A decoding: the text, or the charset and the line where the bytes stopped being text in it. */
  private record Attempt(String text, Charset charset, int failedLine) {

    String orElseRefuse() {
      if (text != null) {
        return text;
      }
      throw refusal(failedLine, "第 " + failedLine + " 行含有无法按 " + charset.name() + " 解码的字节，文件未被读取，未写入任何记录"
          + "（请确认文件的编码与 Content-Type 的 charset 一致）");
    }
  }

  private static RecordException refusal(int line, String message) {
    return new RecordException(RecordException.Kind.INVALID, message,
        java.util.List.of(new RecordException.Problem(line, 0, "encoding", null, message)));
  }

  private static Attempt strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) (bytes.length - offset) * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      return new Attempt(null, charset, lineAt(out));
    }
    out.flip();
    return new Attempt(out.toString(), charset, 0);
  }

  /** The line (from 1) at the end of the text read so far, counting CRLF, CR and LF as CsvTable does. */
  private static int lineAt(CharSequence text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
