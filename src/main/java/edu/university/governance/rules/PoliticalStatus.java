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
}
