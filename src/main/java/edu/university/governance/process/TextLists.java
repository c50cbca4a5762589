package edu.university.governance.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What staff type or paste into a form: student ids one a line or comma separated, and "a,b,c" lines from a spreadsheet. */
public final class TextLists {

  private TextLists() {
  }

  /** The ids in a text, in order, each once: separated by commas (also full-width), spaces or new lines. */
  public static Set<String> ids(Object text) {
    return text == null ? Set.of() : Arrays.stream(text.toString().split("[,，\\s]+")).filter(s -> !s.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The cells of one line, separated by commas (also full-width), tabs or spaces. */
  public static String[] cells(String line) {
    return line.strip().split("[,，\\t ]+");
  }
}
