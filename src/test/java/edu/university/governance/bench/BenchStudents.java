package edu.university.governance.bench;

import edu.university.governance.rules.AcademicRecord;
import edu.university.governance.rules.Eligibility;
import edu.university.governance.rules.PoliticalStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A made-up student body of any size for the benchmark, in the demo organisation's colleges and classes:
 * majors of {@value #MAJOR_SIZE} students with every rank taken once, most students League or Party
 * members, a few with a failed course. The same seed gives the same students. Which of them may be
 * nominated is decided by the rules core itself, not by a second copy of E1–E3.
 */
final class BenchStudents {

  /** A student as POST /api/students takes it. */
  record Row(String studentId, String name, String collegeId, String classId, String major, int grade,
             PoliticalStatus politicalStatus, int majorRank, int majorSize, int failedCourses) {

    boolean eligible() {
      return Eligibility.check(new AcademicRecord(politicalStatus, majorRank, majorSize, failedCourses)).isEmpty();
    }

    String json() {
      return "{\"studentId\":\"" + studentId + "\",\"name\":\"" + name + "\",\"collegeId\":\"" + collegeId
          + "\",\"classId\":\"" + classId + "\",\"major\":\"" + major + "\",\"grade\":" + grade
          + ",\"politicalStatus\":\"" + politicalStatus + "\",\"majorRank\":" + majorRank + ",\"majorSize\":" + majorSize
          + ",\"failedCourses\":" + failedCourses + "}";
    }
  }

  static final int MAJOR_SIZE = 200;
  private static final String[][] CLASSES = {{"cs", "cs2301", "cs2401"}, {"econ", "ec2301", "ec2401"}};

  private BenchStudents() {
  }

  /** Students number first to first + count - 1 (ids B0000001, ...), whole majors at a time. */
  static List<Row> generate(int first, int count, long seed) {
    Random random = new Random(seed + first);
    List<Row> rows = new ArrayList<>(count);
    for (int majorStart = first; majorStart < first + count; majorStart += MAJOR_SIZE) {
      int majorNumber = (majorStart - 1) / MAJOR_SIZE;
      String[] college = CLASSES[majorNumber % CLASSES.length];
      List<Integer> ranks = new ArrayList<>();
      for (int rank = 1; rank <= MAJOR_SIZE; rank++) {
        ranks.add(rank);
      }
      Collections.shuffle(ranks, random);
      for (int i = 0; i < MAJOR_SIZE && majorStart + i < first + count; i++) {
        int number = majorStart + i;
        int grade = 2023 + (i % 2);
        int draw = random.nextInt(100);
        PoliticalStatus status = draw < 10 ? PoliticalStatus.MASSES
            : draw < 25 ? PoliticalStatus.CPC_MEMBER : draw < 30 ? PoliticalStatus.CPC_PROBATIONARY : PoliticalStatus.CYL_MEMBER;
        rows.add(new Row(studentId(number), "学生" + number, college[0], college[1 + (i % 2)],
            "专业" + majorNumber, grade, status, ranks.get(i), MAJOR_SIZE, random.nextInt(100) < 8 ? 1 : 0));
      }
    }
    return rows;
  }

  /** The id of the student of that number: B0000001 for 1. */
  static String studentId(int number) {
    return String.format("B%07d", number);
  }

  /** A JSON array of the rows, the body of POST /api/students. */
  static String json(List<Row> rows) {
    StringBuilder body = new StringBuilder("[");
    for (Row row : rows) {
      if (body.length() > 1) {
        body.append(',');
      }
      body.append(row.json());
    }
    return body.append(']').toString();
  }
}
