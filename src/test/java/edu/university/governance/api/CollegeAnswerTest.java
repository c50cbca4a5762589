package edu.university.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.university.governance.organisation.Organisation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** POST /api/colleges answers as before without a directory, and lists the directory groups under profile ldap. */
class CollegeAnswerTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  @DisplayName("Without a directory the answer is the college alone (no directoryGroups)")
  void withoutDirectory() throws Exception {
    assertThat(json.writeValueAsString(new CollegeController.CreatedCollege("law", "法学院", List.of("law2301"), List.of())))
        .isEqualTo("{\"collegeId\":\"law\",\"name\":\"法学院\",\"classIds\":[\"law2301\"]}");
  }

  @Test
  @DisplayName("With a directory the answer names each group it expects and whether the directory has it")
  void withDirectory() throws Exception {
    String answer = json.writeValueAsString(new CollegeController.CreatedCollege("law", "法学院", List.of("law2301"),
        List.of(new Organisation.ExpectedGroup("college-law-league", "法学院团组织", false))));
    assertThat(answer).endsWith(",\"directoryGroups\":[{\"groupId\":\"college-law-league\",\"name\":\"法学院团组织\","
        + "\"inDirectory\":false}]}");
  }
}
