package edu.university.governance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as staff read them: one decimal, none when whole ("30%", "34.2%"). */
public final class Percent {

  private Percent() {
  }

  public static String format(long part, long whole) {
    if (whole <= 0) {
      return "0%";
    }
    BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    return share.stripTrailingZeros().toPlainString() + "%";
  }
}
