package edu.university.governance.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CollegeRepository {

  private final JdbcTemplate jdbc;

  public CollegeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<College> findAll() {
    Map<String, String> names = new LinkedHashMap<>();
    jdbc.query("select college_id, name from gov_college order by college_id",
        rs -> { names.put(rs.getString(1), rs.getString(2)); });
    Map<String, List<String>> classes = new HashMap<>();
    jdbc.query("select class_id, college_id from gov_class order by class_id",
        rs -> { classes.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1)); });
    return names.entrySet().stream()
        .map(e -> new College(e.getKey(), e.getValue(), classes.getOrDefault(e.getKey(), List.of())))
        .toList();
  }

  public boolean exists(String collegeId) {
    Integer n = jdbc.queryForObject("select count(*) from gov_college where college_id = ?", Integer.class, collegeId);
    return n != null && n > 0;
  }

  /** classId → collegeId for every class: what an import checks each row against. */
  public Map<String, String> collegeOfEveryClass() {
    Map<String, String> map = new HashMap<>();
    jdbc.query("select class_id, college_id from gov_class", rs -> { map.put(rs.getString(1), rs.getString(2)); });
    return map;
  }

  public void insert(College college) {
    jdbc.update("insert into gov_college (college_id, name) values (?, ?)", college.collegeId(), college.name());
    jdbc.batchUpdate("insert into gov_class (class_id, college_id) values (?, ?)", college.classIds(), 100,
        (ps, classId) -> {
          ps.setString(1, classId);
          ps.setString(2, college.collegeId());
        });
  }
}
