package edu.university.governance.rules;

/**
 * One rule's figures for a union or one of its departments: the count, its bounds, whether the upper
 * bound holds, and a warning while a lower bound is not yet reached.
 */
public record QuotaStatus(String rule, String scope, String what, int count, Integer min, Integer max, boolean hard,
                          boolean holds, String warning) {

  /** One line for reviewers: "Q8 部门 study 部门负责人：1（1–2，硬性）". */
  public String text() {
    String bounds = min != null && max != null ? min + "–" + max : max != null ? "≤" + max : min != null ? "≥" + min : "";
    return rule + ("union".equals(scope) ? " " : " 部门 " + scope + " ") + what + "：" + count + "（" + bounds
        + (hard ? "，硬性" : "，一般") + "）" + (holds ? "" : " 已超出") + (warning == null ? "" : " 未满");
  }
}
