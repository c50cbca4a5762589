package edu.university.governance.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

  /** Records a problem found by a check of the caller's own (an unknown id, a wrong level). */
  public void problem(String message) {
    problems.add(message);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public void refuseIfAny() {
    if (!problems.isEmpty()) {
      throw new ProcedureRefusal("启动被拒绝：" + String.join("；", problems));
    }
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
