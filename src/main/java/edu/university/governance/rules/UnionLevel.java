package edu.university.governance.rules;

/** School-level unions (校级学生会、研究生会) and college unions (院级学生会、研究生分会). */
public enum UnionLevel {
  SCHOOL("校级"),
  COLLEGE("院级");

  private final String label;

  UnionLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
