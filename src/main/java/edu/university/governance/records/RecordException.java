package edu.university.governance.records;

import java.util.List;

/**
 * A request the records refuse, with the field and the rule it breaks. The REST layer turns the kind
 * into a status code; nothing of the refused request has been written.
 */
public class RecordException extends RuntimeException {

  public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

  /** One refused field or row; line and row are 0 when the refusal concerns no particular row. */
  public record Problem(int line, int row, String field, String rule, String message) {
  }

  private final Kind kind;
  private final List<Problem> problems;

  public RecordException(Kind kind, String message, List<Problem> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public static RecordException invalid(String field, String rule, String message) {
    return new RecordException(Kind.INVALID, message, List.of(new Problem(0, 0, field, rule, message)));
  }

  public static RecordException notFound(String field, String message) {
    return new RecordException(Kind.NOT_FOUND, message, List.of(new Problem(0, 0, field, null, message)));
  }

  public static RecordException conflict(String field, String rule, String message) {
    return new RecordException(Kind.CONFLICT, message, List.of(new Problem(0, 0, field, rule, message)));
  }

  public static RecordException forbidden(String message) {
    return new RecordException(Kind.FORBIDDEN, message, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem> problems() {
    return problems;
  }
}
