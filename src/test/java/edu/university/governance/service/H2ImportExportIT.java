package edu.university.governance.service;

import org.springframework.test.context.TestPropertySource;

/** The issue-16 file scenarios (imports in every format and encoding, Excel exports) on H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:import-export-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class H2ImportExportIT extends ImportExportScenarios {
}
