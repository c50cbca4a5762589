package edu.university.governance.demo;

import edu.university.governance.records.CollegeRepository;
import edu.university.governance.organisation.Organisation;
import edu.university.governance.records.Roster;
import edu.university.governance.records.RosterRepository;
import edu.university.governance.records.StudentImport;
import edu.university.governance.records.UnionRepository;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organisation (profile "demo" only), created idempotently at start-up: two colleges with
 * classes, students with varied records, departments, a roster, and for every group a user of the
 * same id with the password "demo". Each piece is created only when it is missing.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String PASSWORD = "demo";
  /** The demo users' mail domain, reserved for examples: nothing is ever delivered there by a real server. */
  public static final String DEMO_MAIL_DOMAIN = "demo.example.edu";

  /** The demo students: eligible ones, one at exactly 30 %, one ranked too low, one who failed a course, one not a League member. */
  static final String STUDENTS_CSV = """
      studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses
      2023001,张伟,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,5,120,0
      2023002,李娜,cs,cs2301,计算机科学与技术,2023,CPC_PROBATIONARY,36,120,0
      2023003,王强,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,41,120,0
      2023004,刘洋,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,10,120,1
      2023005,陈静,cs,cs2301,计算机科学与技术,2023,MASSES,8,120,0
      2023006,杨帆,cs,cs2301,计算机科学与技术,2023,CPC_MEMBER,2,120,0
      2023007,黄磊,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,12,120,0
      2024001,赵敏,cs,cs2401,软件工程,2024,CYL_MEMBER,3,100,0
      2024002,孙浩,cs,cs2401,软件工程,2024,CYL_MEMBER,7,100,0
      2022001,钱程,cs,cs2301,计算机科学与技术,2022,CPC_MEMBER,1,118,0
      2023101,周敏,econ,ec2301,经济学,2023,CYL_MEMBER,4,80,0
      2023102,吴昊,econ,ec2301,经济学,2023,CPC_PROBATIONARY,3,80,0
      2023103,郑爽,econ,ec2301,经济学,2023,CYL_MEMBER,30,80,0
      2024101,冯悦,econ,ec2401,金融学,2024,CYL_MEMBER,1,60,0
      2024102,何佳,econ,ec2401,金融学,2024,CYL_MEMBER,6,60,0
      """;

  private final Organisation organisation;
  private final CollegeRepository colleges;
  private final UnionRepository unions;
  private final RosterRepository rosterRecords;
  private final Roster roster;
  private final StudentImport students;
  private final IdentityService identity;

  public DemoData(Organisation organisation, CollegeRepository colleges, UnionRepository unions,
                  RosterRepository rosterRecords, Roster roster, StudentImport students, IdentityService identity) {
    this.organisation = organisation;
    this.colleges = colleges;
    this.unions = unions;
    this.rosterRecords = rosterRecords;
    this.roster = roster;
    this.students = students;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    college("cs", "计算机学院", List.of("cs2301", "cs2401"));
    college("econ", "经济学院", List.of("ec2301", "ec2401"));
    department("school-su", "secretariat", "秘书处");
    department("school-su", "rights", "权益服务部");
    department("school-su", "culture", "文体部");
    department("school-gsu", "academic", "学术部");
    department("cs-su", "office", "办公室");
    department("cs-su", "study", "学习部");
    department("econ-su", "office", "办公室");
    department("econ-su", "practice", "社会实践部");
    students.importCsv(STUDENTS_CSV.stripIndent());
    // D1: every demo member signed the self-discipline convention when appointed but 2024102, whose signature was
    // never recorded: econ-su's quota view shows the warning
    members("cs-su", List.of(new Roster.Member("2023006", "STAFF", "study", null, "2026-09-15"),
        new Roster.Member("2023007", "DEPARTMENT_HEAD", "study", null, "2026-09-15"),
        new Roster.Member("2024001", "PRESIDIUM", null, null, "2026-09-10")));
    members("econ-su", List.of(new Roster.Member("2023102", "PRESIDIUM", null, null, "2026-09-10"),
        new Roster.Member("2024102", "STAFF", "practice", null)));
    members("school-su", List.of(new Roster.Member("2022001", "PRESIDIUM", null, null, "2026-09-08")));
    if (identity.isReadOnly()) {
      // profile ldap (with demo): people and groups are the directory's, and nothing is written there
      LOG.info("Demo organisation ready; no demo users: users and groups come from the directory");
      return;
    }
    usersForEveryGroup();
    LOG.info("Demo organisation ready: log in at /camunda/app/ as any group id with password '{}', or admin/admin",
        PASSWORD);
  }

  private void college(String collegeId, String name, List<String> classIds) {
    if (!colleges.exists(collegeId)) {
      organisation.createCollege(collegeId, name, classIds);
    }
  }

  private void department(String unionId, String departmentId, String name) {
    if (unions.department(unionId, departmentId).isEmpty()) {
      organisation.addDepartment(unionId, departmentId, name);
    }
  }

  private void members(String unionId, List<Roster.Member> members) {
    if (rosterRecords.current(unionId).isEmpty()) {
      roster.load(unionId, members);
    }
  }

  /** CONTRACT.md "Running it": for each group a user of the same id, password "demo". */
  private void usersForEveryGroup() {
    for (Group group : identity.createGroupQuery().list()) {
      if (group.getId().equals("camunda-admin")) {
        continue;
      }
      if (identity.createUserQuery().userId(group.getId()).singleResult() == null) {
        User user = identity.newUser(group.getId());
        // the webapps show "first last" with a space between: a Chinese name goes whole into the first name
        user.setFirstName(group.getName() + "（演示）");
        user.setLastName("");
        // an address for the notification mail (off unless spring.mail.host is set; operator guide "Notifications")
        user.setEmail(group.getId() + "@" + DEMO_MAIL_DOMAIN);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(group.getId(), group.getId());
      }
    }
  }
}
