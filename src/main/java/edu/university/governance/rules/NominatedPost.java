package edu.university.governance.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a college nomination (P3) is for: a presidium candidate (elected later by the congress) or a
 * department post. S3: nothing else can be asked for.
 */
public enum NominatedPost {
  PRESIDIUM_CANDIDATE("主席团候选人", null),
  DEPARTMENT_HEAD("部门负责人", Post.DEPARTMENT_HEAD),
  STAFF("工作人员", Post.STAFF);

  private final String label;
  private final Post post;

  NominatedPost(String label, Post post) {
    this.label = label;
    this.post = post;
  }

  public String label() {
    return label;
  }

  /** The roster post an appointment gives; empty for a candidate, who is elected, not appointed. */
  public Optional<Post> post() {
    return Optional.ofNullable(post);
  }

  public static NominatedPost parse(String value) {
    for (NominatedPost candidate : values()) {
      if (candidate.name().equals(value)) {
        return candidate;
      }
    }
    throw new RuleException(new RuleViolation("S3", "不存在职务“" + value + "”，只能推荐 "
        + Arrays.stream(values()).map(p -> p.name() + "（" + p.label + "）").collect(Collectors.joining("、"))));
  }
}
