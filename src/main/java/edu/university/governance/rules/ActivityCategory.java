package edu.university.governance.rules;

/** D2: what a union reports in advance, each reviewed by the deputy secretary for what matters to it. */
public enum ActivityCategory {
  ACTIVITY("重大活动"),
  INFORMATION_RELEASE("重要信息发布"),
  EXTERNAL_CONTACT("对外联络"),
  FUNDS_AND_MATERIALS("经费和物资使用"),
  IMPORTANT_DECISION("重要事项决策");

  private final String label;

  ActivityCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
