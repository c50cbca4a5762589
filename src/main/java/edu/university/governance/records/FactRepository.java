package edu.university.governance.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The facts a procedure is about, fixed once by the service (table gov_fact). */
@Repository
public class FactRepository {

  private final JdbcTemplate jdbc;

  public FactRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Fixes a fact; fixing it again with the same value is harmless, with another value a fault. */
  public void fix(String processInstanceId, String name, String value) {
    Optional<String> existing = get(processInstanceId, name);
    if (existing.isEmpty()) {
      jdbc.update("insert into gov_fact (process_instance_id, name, fact_value) values (?, ?, ?)", processInstanceId,
          name, value);
    } else if (!existing.get().equals(value)) {
      throw new IllegalStateException("Fact " + name + " of " + processInstanceId + " is fixed as " + existing.get());
    }
  }

  public Optional<String> get(String processInstanceId, String name) {
    List<String> found = jdbc.queryForList("select fact_value from gov_fact where process_instance_id = ? and name = ?",
        String.class, processInstanceId, name);
    return found.stream().findFirst();
  }

  public Map<String, String> all(String processInstanceId) {
    Map<String, String> facts = new LinkedHashMap<>();
    jdbc.query("select name, fact_value from gov_fact where process_instance_id = ? order by name",
        row -> {
          facts.put(row.getString("name"), row.getString("fact_value"));
        }, processInstanceId);
    return facts;
  }
}
