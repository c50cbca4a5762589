package edu.university.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ServiceTimeZoneTest {

  private TimeZone before;

  @BeforeEach
  void remember() {
    before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }

  @AfterEach
  void restore() {
    TimeZone.setDefault(before);
  }

  @Test
  void chinaTimeUnlessConfiguredOtherwise() {
    new ServiceTimeZone().postProcessEnvironment(new MockEnvironment(), new SpringApplication());
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");

    new ServiceTimeZone().postProcessEnvironment(new MockEnvironment().withProperty("governance.zone", "Asia/Urumqi"),
        new SpringApplication());
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Urumqi");
  }

  @Test
  void aMistypedZoneStopsTheStartInsteadOfFallingBackToGmt() {
    MockEnvironment typo = new MockEnvironment().withProperty("governance.zone", "Asia/Shanghia");
    assertThatThrownBy(() -> new ServiceTimeZone().postProcessEnvironment(typo, new SpringApplication()))
        .hasMessageContaining("Asia/Shanghia");
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
  }
}
