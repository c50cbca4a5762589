package edu.university.governance.process;

import edu.university.governance.security.Caller;
import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What every start listener does last, once the start is accepted: names the instance by its subject (its business
 * key, e.g. {@code P1-2026-2023001}, replacing any key a caller sent) and records who started it and for which group
 * (facts {@code startedBy}, {@code startedFor}), so that the starter's group can read the case file afterwards.
 */
@Component
public class ProcedureOpening {

  static final int MAX_KEY = 255;

  private final Facts facts;
  private final Clock clock;

  public ProcedureOpening(Facts facts, Clock clock) {
    this.facts = facts;
    this.clock = clock;
  }

  /** The calendar year of the start in the service's zone, as most keys carry it. */
  public String year() {
    return Year.now(clock).toString();
  }

  /**
   * Names the instance with the parts joined by "-" and records its starter. {@code startedFor} is the group the
   * start rule names (null where anyone may start): a starter in it acted for it; otherwise (an administrator, D3's
   * reporters) for all the groups the starter has. The engine's own starts (timers, schedules) record no starter.
   */
  public void open(DelegateExecution execution, String startedFor, String... keyParts) {
    String key = String.join("-", keyParts).replaceAll("\\s+", "");
    execution.setProcessBusinessKey(key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key);
    Optional<Caller> starter = Starter.of(execution);
    if (starter.isPresent()) {
      facts.fix(execution, "startedBy", starter.get().userId());
      String groups = startedFor != null && starter.get().inGroup(startedFor) ? startedFor
          : String.join(",", starter.get().groupIds());
      if (!groups.isEmpty()) {
        facts.fix(execution, "startedFor", groups);
      }
    }
  }
}
