package edu.university.governance.rules;

/** Political status as the academic records give it (RULES.md E1). */
public enum PoliticalStatus {
  CPC_MEMBER("中共党员"),
  CPC_PROBATIONARY("中共预备党员"),
  CYL_MEMBER("共青团员"),
  MASSES("群众");

  private final String label;

  PoliticalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status a code (CYL_MEMBER) or its Chinese name as the records write it (共青团员, 团员) names; null if none. */
  public static PoliticalStatus parse(String value) {
    for (PoliticalStatus status : values()) {
      if (status.name().equals(value) || status.label.equals(value)) {
        return status;
      }
    }
    return switch (value == null ? "" : value) {
      case "团员" -> CYL_MEMBER;
      case "预备党员" -> CPC_PROBATIONARY;
      default -> null;
    };
  }
}
