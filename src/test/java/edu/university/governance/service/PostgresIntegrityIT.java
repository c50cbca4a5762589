package edu.university.governance.service;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The issue-11 attack scenarios on PostgreSQL, in a database of their own; skipped, saying why, when it does not answer. */
@EnabledIf(value = "edu.university.governance.service.TestPostgres#answers",
    disabledReason = "PostgreSQL at 127.0.0.1:5432 does not answer (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)")
@ActiveProfiles({"demo", "postgres"})
class PostgresIntegrityIT extends IntegrityScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("integrity_it"));
  }
}
