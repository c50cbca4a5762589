package edu.university.governance.rules;

import java.util.Arrays;
import java.util.stream.Collectors;

/** S3: the only posts a union has. Any other title is refused. */
public enum Post {
  PRESIDIUM("主席团成员"),
  DEPARTMENT_HEAD("部门负责人"),
  STAFF("工作人员");

  private final String label;

  Post(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the post belongs to a department (heads and staff) rather than to the presidium. */
  public boolean inDepartment() {
    return this != PRESIDIUM;
  }

  /** Parses a post name, refusing every title S3 does not allow. */
  public static Post parse(String value) {
    for (Post post : values()) {
      if (post.name().equals(value)) {
        return post;
      }
    }
    throw new RuleException(new RuleViolation("S3", "不存在职务“" + value + "”，只设 "
        + Arrays.stream(values()).map(p -> p.name() + "（" + p.label + "）").collect(Collectors.joining("、"))));
  }
}
