package edu.university.governance.process;

import edu.university.governance.engine.ProcedureRefusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import edu.university.governance.records.Student;
import edu.university.governance.records.StudentRepository;
import edu.university.governance.records.UnionRecord;
import edu.university.governance.records.UnionRepository;
import edu.university.governance.rules.ChairRotation;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the variables a process was started with, checking presence and type (FACTS.md: neither forms
 * nor /start check anything). Every problem is collected, and {@link #refuseIfAny()} refuses the start
 * with all of them at once, each naming the variable, what it means to staff, and what was wrong.
 */
public final class StartVariables {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public StartVariables(VariableScope scope) {
    this.scope = scope;
  }

  /** A required id: a non-blank String of at most 64 characters. */
  public String id(String name, String label) {
    String value = text(name, label, 64);
    return value == null ? null : value.strip();
  }

  /** A required text: a non-blank String of at most maxLength characters. */
  public String text(String name, String label, int maxLength) {
    Object value = scope.getVariable(name);
    if (value == null) {
      problems.add("缺少 " + name + "（" + label + "）");
      return null;
    }
    if (!(value instanceof String text)) {
      problems.add(name + "（" + label + "）应为字符串，实际为 " + value.getClass().getSimpleName());
      return null;
    }
    if (text.isBlank()) {
      problems.add(name + "（" + label + "）不能为空");
      return null;
    }
    if (text.length() > maxLength) {
      problems.add(name + "（" + label + "）不能超过 " + maxLength + " 个字符，实际 " + text.length() + " 个");
      return null;
    }
    return text;
  }

  /** A required value of an enumeration, given by its name. */
  public <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
    String value = text(name, label, 64);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.add(name + "（" + label + "）应为 " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining("、")) + " 之一，实际为“" + abbreviate(value) + "”");
      return null;
    }
  }

  /** A required point in time: an ISO-8601 String with an offset ("2026-12-01T09:00:00+08:00") or a Date. */
  public java.time.OffsetDateTime dateTime(String name, String label, java.time.ZoneId zone) {
    Object value = scope.getVariable(name);
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(zone).toOffsetDateTime();
    }
    if (value instanceof String text) {
      try {
        return java.time.OffsetDateTime.parse(text.strip());
      } catch (java.time.format.DateTimeParseException e) {
        problems.add(name + "（" + label + "）应为带时区的 ISO-8601 时间，如 2026-12-01T09:00:00+08:00，实际为“"
            + abbreviate(text) + "”");
        return null;
      }
    }
    problems.add(value == null ? "缺少 " + name + "（" + label + "）"
        : name + "（" + label + "）应为 ISO-8601 时间字符串或 Date，实际为 " + value.getClass().getSimpleName());
    return null;
  }

  /** A required number within bounds (Integer, Long or Double). */
  public Double number(String name, String label, double min, double max) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      problems.add(value == null ? "缺少 " + name + "（" + label + "）"
          : name + "（" + label + "）应为数字，实际为 " + value.getClass().getSimpleName());
      return null;
    }
    double n = number.doubleValue();
    if (Double.isNaN(n) || n < min || n > max) {
      problems.add(name + "（" + label + "）应在 " + (long) min + " 到 " + (long) max + " 之间，实际为 " + number);
      return null;
    }
    return n;
  }

  /** A required whole number within bounds (Integer or Long). */
  public Integer whole(String name, String label, int min, int max) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
      problems.add(value == null ? "缺少 " + name + "（" + label + "）"
          : name + "（" + label + "）应为整数，实际为 " + value.getClass().getSimpleName() + " " + value);
      return null;
    }
    long n = ((Number) value).longValue();
    if (n < min || n > max) {
      problems.add(name + "（" + label + "）应在 " + min + " 到 " + max + " 之间，实际为 " + n);
      return null;
    }
    return (int) n;
  }

  /** A required semester such as 2026-2027-1 (two consecutive years, the 1st or 2nd semester). */
  public String semester() {
    String semester = id("semester", "学期");
    if (semester != null && !ChairRotation.validSemester(semester)) {
      problems.add("semester（学期）应形如 2026-2027-1（相邻两年，第 1 或第 2 学期），实际为“" + abbreviate(semester) + "”");
      return null;
    }
    return semester;
  }

  /** The student of that id from the records, or null with "学号 … 不存在" noted; null id: already noted as missing. */
  public Student student(String studentId, StudentRepository students) {
    Student student = studentId == null ? null : students.find(studentId).orElse(null);
    if (studentId != null && student == null) {
      problems.add("学号 " + studentId + " 不存在");
    }
    return student;
  }

  /** The union of that id from the records, or null with "学生组织 … 不存在" noted. */
  public UnionRecord union(String unionId, UnionRepository unions) {
    UnionRecord union = unionId == null ? null : unions.find(unionId).orElse(null);
    if (unionId != null && union == null) {
      problems.add("学生组织 " + unionId + " 不存在");
    }
    return union;
  }

  /** Records a problem found by a check of the caller's own (an unknown id, a wrong level). */
  public void problem(String message) {
    problems.add(message);
  }

  public void refuseIfAny() {
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("启动被拒绝：" + String.join("；", problems));
    }
  }

  /** The same, naming the rule of the procedure: "启动被拒绝（O1）：缺少 semester（学期）". */
  public void refuseIfAny(String rule) {
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("启动被拒绝（" + rule + "）：" + String.join("；", problems));
    }
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
