package edu.university.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULES.md S4: volunteers recruited for one project, at most as many as it needs, each a known student. */
class VolunteersTest {

  private static Set<String> ids(String... ids) {
    return new LinkedHashSet<>(List.of(ids));
  }

  @Test
  @DisplayName("S4: as many volunteers as needed, or fewer, all known, stand")
  void s4UpToNeededStands() {
    assertThat(Volunteers.refusal(ids("v-1", "v-2"), 2, ids("v-1", "v-2"))).isEmpty();
    assertThat(Volunteers.refusal(ids("v-1"), 2, ids("v-1"))).isEmpty();
  }

  @Test
  @DisplayName("S4: one more than needed is refused, naming both numbers")
  void s4MoreThanNeededRefused() {
    assertThat(Volunteers.refusal(ids("v-1", "v-2", "v-3"), 2, ids("v-1", "v-2", "v-3")))
        .contains("S4：志愿者 3 名，超过所需的 2 名");
  }

  @Test
  @DisplayName("S4: unknown students are refused, named in the order given; too many is said first")
  void s4UnknownStudentsRefused() {
    assertThat(Volunteers.refusal(ids("v-1", "ghost", "v-2", "nobody"), 5, ids("v-1", "v-2")))
        .contains("学号不存在：ghost、nobody");
    assertThat(Volunteers.refusal(ids("ghost", "v-1", "v-2"), 2, ids("v-1", "v-2")))
        .contains("S4：志愿者 3 名，超过所需的 2 名");
  }
}
