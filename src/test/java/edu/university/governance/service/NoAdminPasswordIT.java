package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.university.governance.GovernanceApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile no password is known: without one configured, the service refuses to start. */
class NoAdminPasswordIT {

  @Test
  @DisplayName("Outside the demo profile the service refuses to start without an administrator password")
  void refusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(GovernanceApplication.class)
        .profiles("production")
        .properties("spring.datasource.url=jdbc:h2:mem:no-admin", "server.port=0", "governance.admin.password=")
        .run().close())
        .hasStackTraceContaining("No administrator password configured");
  }
}
