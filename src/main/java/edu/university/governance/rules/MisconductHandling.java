package edu.university.governance.rules;

/** D3: how the Youth League committee handles a verified report; REMOVED takes the member off the roster at once. */
public enum MisconductHandling {
  UNFOUNDED("查无实据，不予处理"),
  CRITICISM("批评教育"),
  WARNING("警告"),
  REMOVED("撤销职务，移出名册");

  private final String label;

  MisconductHandling(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
