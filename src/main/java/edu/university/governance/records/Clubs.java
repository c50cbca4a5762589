package edu.university.governance.records;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Student clubs (学生社团) and their members: the major clubs must be represented at the congress (Q12). */
@Service
public class Clubs {

  private static final Pattern CLUB_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public record Club(String clubId, String name, boolean major) {
  }

  private final JdbcTemplate jdbc;

  public Clubs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Club> findAll() {
    return jdbc.query("select club_id, name, major from gov_club order by club_id",
        (rs, i) -> new Club(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
  }

  public Set<String> ids() {
    return findAll().stream().map(Club::clubId).collect(Collectors.toSet());
  }

  /** Creates or renames clubs; refuses bad ids and names whole. */
  @Transactional
  public List<Club> upsert(List<Club> clubs) {
    if (clubs == null || clubs.isEmpty()) {
      throw RecordException.invalid("clubs", null, "请求体应为非空的社团数组");
    }
    for (Club club : clubs) {
      if (club == null || club.clubId() == null || !CLUB_ID.matcher(club.clubId()).matches()) {
        throw RecordException.invalid("clubId", null, "clubId 应为 1–40 位小写字母、数字或 -，以字母开头");
      }
      if (club.name() == null || club.name().isBlank() || club.name().length() > 100) {
        throw RecordException.invalid("name", null, "社团 " + club.clubId() + " 的 name 不能为空、不超过 100 字");
      }
    }
    for (Club club : clubs) {
      if (jdbc.update("update gov_club set name = ?, major = ? where club_id = ?", club.name().strip(), club.major(),
          club.clubId()) == 0) {
        jdbc.update("insert into gov_club (club_id, name, major) values (?, ?, ?)", club.clubId(), club.name().strip(),
            club.major());
      }
    }
    return findAll();
  }

  /** Replaces the clubs of these students (from an import that names them). */
  public void replaceMemberships(Map<String, List<String>> clubsByStudent) {
    if (clubsByStudent.isEmpty()) {
      return;
    }
    List<String> students = List.copyOf(clubsByStudent.keySet());
    jdbc.batchUpdate("delete from gov_club_member where student_id = ?", students, 500,
        (ps, studentId) -> ps.setString(1, studentId));
    List<String[]> rows = clubsByStudent.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(club -> new String[] {club, e.getKey()})).toList();
    jdbc.batchUpdate("insert into gov_club_member (club_id, student_id) values (?, ?)", rows, 500, (ps, row) -> {
      ps.setString(1, row[0]);
      ps.setString(2, row[1]);
    });
  }

  /** The major clubs with their members among these students' colleges (a college congress covers its own). */
  public Map<String, Set<String>> majorClubMembers(Collection<String> collegeIds) {
    Map<String, Set<String>> members = new java.util.TreeMap<>();
    if (collegeIds.isEmpty()) {
      return members;
    }
    String marks = String.join(",", java.util.Collections.nCopies(collegeIds.size(), "?"));
    jdbc.query("select m.club_id, m.student_id from gov_club_member m join gov_club c on c.club_id = m.club_id"
            + " join gov_student s on s.student_id = m.student_id where c.major and s.college_id in (" + marks + ")",
        rs -> { members.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2)); },
        collegeIds.toArray());
    return members;
  }
}
