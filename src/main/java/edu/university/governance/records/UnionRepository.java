package edu.university.governance.records;

import edu.university.governance.rules.UnionLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class UnionRepository {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public UnionRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<UnionRecord> findAll() {
    return jdbc.query("select union_id, name, level, kind, college_id from gov_union order by level desc, union_id",
        UnionRepository::map);
  }

  public Optional<UnionRecord> find(String unionId) {
    return jdbc.query("select union_id, name, level, kind, college_id from gov_union where union_id = ?",
        UnionRepository::map, unionId).stream().findFirst();
  }

  /**
   * Locks the union's row until the transaction ends. Every change to a union's roster or departments
   * takes this lock first, so that two requests at once count and insert one after the other and a
   * hard limit cannot be broken between a check and its insert (Camunda's optimistic locking guards
   * engine rows only). Works the same on H2 and PostgreSQL.
   */
  public UnionRecord lock(String unionId) {
    return jdbc.query("select union_id, name, level, kind, college_id from gov_union where union_id = ? for update",
            UnionRepository::map, unionId).stream().findFirst()
        .orElseThrow(() -> RecordException.notFound("unionId", "学生组织 " + unionId + " 不存在"));
  }

  public void insertIfMissing(UnionRecord union) {
    if (find(union.unionId()).isEmpty()) {
      jdbc.update("insert into gov_union (union_id, name, level, kind, college_id) values (?, ?, ?, ?, ?)",
          union.unionId(), union.name(), union.level().name(), union.kind(), union.collegeId());
    }
  }

  public List<Department> departments(String unionId) {
    return jdbc.query("select union_id, department_id, name from gov_department where union_id = ? order by department_id",
        (rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3)), unionId);
  }

  public Optional<Department> department(String unionId, String departmentId) {
    return departments(unionId).stream().filter(d -> d.departmentId().equals(departmentId)).findFirst();
  }

  public void insertDepartment(Department department) {
    jdbc.update("insert into gov_department (union_id, department_id, name, created_at) values (?, ?, ?, ?)",
        department.unionId(), department.departmentId(), department.name(), Timestamp.from(Instant.now(clock)));
  }

  private static UnionRecord map(ResultSet rs, int row) throws SQLException {
    return new UnionRecord(rs.getString("union_id"), rs.getString("name"), UnionLevel.valueOf(rs.getString("level")),
        rs.getString("kind"), rs.getString("college_id"));
  }
}
