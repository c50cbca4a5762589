package edu.university.governance.records;

import edu.university.governance.records.DecisionRepository.Decision;
import edu.university.governance.records.InvestigationRepository.Investigation;
import edu.university.governance.records.OutcomeRepository.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the service's own records say about a procedure (CONTRACT.md "Procedures, their case files and decision
 * records"): its subject with names, its outcome, its decisions, who started it for which group, and which
 * procedures a group started or decided in. The engine's side (state, times) is read in engine/CaseFiles.
 */
@Service
public class Procedures {

  /** Facts that say what a procedure is about, in the order the case file shows them. */
  private static final List<String> SUBJECT_FACTS =
      List.of("unionId", "collegeId", "year", "semester", "title", "category", "post");

  private final JdbcTemplate jdbc;
  private final FactRepository facts;
  private final OutcomeRepository outcomes;
  private final DecisionRepository decisions;
  private final NominationRepository nominations;
  private final InvestigationRepository investigations;
  private final StudentRepository students;
  private final UnionRepository unions;
  private final CollegeRepository colleges;

  public Procedures(JdbcTemplate jdbc, FactRepository facts, OutcomeRepository outcomes, DecisionRepository decisions,
                    NominationRepository nominations, InvestigationRepository investigations,
                    StudentRepository students, UnionRepository unions, CollegeRepository colleges) {
    this.jdbc = jdbc;
    this.facts = facts;
    this.outcomes = outcomes;
    this.decisions = decisions;
    this.nominations = nominations;
    this.investigations = investigations;
    this.students = students;
    this.unions = unions;
    this.colleges = colleges;
  }

  /**
   * The ids and names the procedure is about: the nominee or the reported member (with name, college and class from
   * the student records), the nominees of a batch, the union, the college, the semester or year, the title.
   */
  public Map<String, Object> subject(String processInstanceId) {
    Map<String, Object> subject = new LinkedHashMap<>();
    Map<String, String> fixed = facts.all(processInstanceId);
    List<Nomination> nominated = nominations.allOfProcessInstance(processInstanceId);
    Optional<Investigation> investigation = investigations.ofProcessInstance(processInstanceId);
    if (nominated.size() == 1) {
      Nomination nomination = nominated.get(0);
      student(subject, nomination.studentId());
      subject.put("unionId", nomination.unionId());
      putIfPresent(subject, "post", nomination.post());
      putIfPresent(subject, "departmentId", nomination.departmentId());
      putIfPresent(subject, "basis", nomination.basis());
    } else if (nominated.size() > 1) {
      subject.put("unionId", nominated.get(0).unionId());
      List<Map<String, Object>> nominees = new ArrayList<>();
      for (Nomination nomination : nominated) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        student(nominee, nomination.studentId());
        putIfPresent(nominee, "departmentId", nomination.departmentId());
        putIfPresent(nominee, "post", nomination.post());
        putIfPresent(nominee, "status", nomination.status());
        nominees.add(nominee);
      }
      subject.put("nominees", nominees);
    }
    investigation.ifPresent(reported -> {
      student(subject, reported.studentId());
      subject.put("unionId", reported.unionId());
    });
    for (String name : SUBJECT_FACTS) {
      String value = fixed.get(name);
      if (value != null && !value.isEmpty()) {
        subject.putIfAbsent(name, value);
      }
    }
    // the college the procedure was fixed to at its start, even if the student has moved since
    String fixedCollege = fixed.get("collegeId");
    if (fixedCollege != null && !fixedCollege.isEmpty()) {
      subject.put("collegeId", fixedCollege);
    }
    if (subject.get("unionId") instanceof String unionId) {
      unions.find(unionId).ifPresent(union -> subject.put("unionName", union.name()));
    }
    if (subject.get("collegeId") instanceof String collegeId) {
      colleges.findAll().stream().filter(college -> college.collegeId().equals(collegeId)).findFirst()
          .ifPresent(college -> subject.put("collegeName", college.name()));
    }
    return subject;
  }

  /**
   * The subject in one line, as task names and notifications show it:
   * "2023002 李娜 · 计算机学院", "迎新晚会 · 校级学生会", "校级学生会 2026 年", "校级学生会 2026-2027-1 学期".
   */
  public static String subjectLine(Map<String, Object> subject) {
    List<String> parts = new ArrayList<>();
    if (subject.get("studentId") != null) {
      parts.add(subject.get("studentId") + (subject.get("name") == null ? "" : " " + subject.get("name")));
      if (subject.get("collegeName") != null) {
        parts.add(subject.get("collegeName").toString());
      }
    } else if (subject.get("title") != null) {
      parts.add(subject.get("title").toString());
      if (subject.get("unionName") != null) {
        parts.add(subject.get("unionName").toString());
      }
    } else if (subject.get("unionName") != null) {
      parts.add(subject.get("unionName")
          + (subject.get("year") != null ? " " + subject.get("year") + " 年"
          : subject.get("semester") != null ? " " + subject.get("semester") + " 学期" : ""));
    }
    return String.join(" · ", parts);
  }

  public Optional<Outcome> outcome(String processInstanceId) {
    return outcomes.of(processInstanceId);
  }

  /** Every decision taken in the procedure, in the order taken. */
  public List<Decision> decisions(String processInstanceId) {
    return decisions.forProcessInstance(processInstanceId);
  }

  /** The user who started the procedure, when a user did (not a timer). */
  public Optional<String> startedBy(String processInstanceId) {
    return facts.get(processInstanceId, "startedBy");
  }

  /** The procedures the user started. */
  public Set<String> startedByUser(String userId) {
    return new LinkedHashSet<>(jdbc.queryForList("select process_instance_id from gov_fact where name = 'startedBy'"
        + " and fact_value = ?", String.class, userId));
  }

  /** The groups that started the procedure or decided in it: they may read its case file. */
  public Set<String> participants(String processInstanceId) {
    Set<String> groups = new LinkedHashSet<>();
    facts.get(processInstanceId, "startedFor").ifPresent(startedFor -> groups.addAll(Arrays.asList(startedFor.split(","))));
    jdbc.queryForList("select distinct office from gov_decision where process_instance_id = ? and office is not null",
        String.class, processInstanceId).forEach(groups::add);
    return groups;
  }

  /** The procedures any of these groups started or decided in. */
  public Set<String> ofGroups(Collection<String> groupIds) {
    Set<String> found = new LinkedHashSet<>();
    for (String group : groupIds) {
      found.addAll(jdbc.queryForList("select process_instance_id from gov_fact where name = 'startedFor'"
          + " and concat(',', fact_value, ',') like ?", String.class, "%," + group + ",%"));
      found.addAll(jdbc.queryForList("select distinct process_instance_id from gov_decision where office = ?",
          String.class, group));
    }
    return found;
  }

  /** The procedures about a student: the student's nominations and investigations. */
  public Set<String> ofStudent(String studentId) {
    Set<String> found = new LinkedHashSet<>(jdbc.queryForList(
        "select process_instance_id from gov_nomination where student_id = ?", String.class, studentId));
    found.addAll(jdbc.queryForList("select process_instance_id from gov_investigation where student_id = ?",
        String.class, studentId));
    return found;
  }

  /** The name of a student in the records (a P2 nominee or an R2 reviewee named on their own task). */
  public Optional<String> studentName(String studentId) {
    return students.find(studentId).map(student -> student.name());
  }

  private void student(Map<String, Object> into, String studentId) {
    into.put("studentId", studentId);
    students.find(studentId).ifPresent(student -> {
      into.put("name", student.name());
      into.put("collegeId", student.collegeId());
      into.put("classId", student.classId());
    });
  }

  private static void putIfPresent(Map<String, Object> into, String name, Object value) {
    if (value != null) {
      into.put(name, value);
    }
  }
}
