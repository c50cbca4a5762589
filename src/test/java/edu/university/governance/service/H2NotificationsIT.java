package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import edu.university.governance.node.ServiceNode;
import edu.university.governance.notification.DailyDigest;
import edu.university.governance.notification.NotificationSender;
import edu.university.governance.notification.Recipients;
import edu.university.governance.process.OverdueTasks;
import edu.university.governance.records.NotificationRepository;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14 through real HTTP on H2 with the demo organisation, a real SMTP server (GreenMail) and a local group robot
 * (an HttpServer answering as WeCom does): who is told of a P1 and when, what the mail says, the reminder and the
 * escalation of an overdue task with the engine's clock moved, the daily digest, and an SMTP server stopped during a
 * run of completions. The sender's and the deadline check's schedules are pushed out of the way; the tests call them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:notifications-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "governance.deadlines.initial-delay=PT1H", "governance.notify.initial-delay=PT1H",
    "governance.notify.retry-first=PT0.2S", "governance.notify.retry-max=PT0.5S",
    "governance.notify.digest-groups=party-committee", "governance.notify.webhook-format=wecom",
    "governance.notify.base-url=https://gov.example.edu", "spring.mail.host=127.0.0.1"})
class H2NotificationsIT {

  static final String P1 = "/engine-rest/process-definition/key/school-presidium-candidacy/start";
  static final String BASE = "https://gov.example.edu";
  static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  static final ObjectMapper JSON = new ObjectMapper();
  static final int SMTP_PORT = ServiceNode.freePort();
  static final List<String> ROBOT_POSTS = Collections.synchronizedList(new ArrayList<>());
  static final HttpServer ROBOT = robot();
  static GreenMail smtp = smtp();

  /** One received mail: to whom, its subject and text. */
  record Mail(String to, String subject, String body) {
  }

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("governance.notify.webhooks.college-cs-party",
        () -> "http://127.0.0.1:" + ROBOT.getAddress().getPort() + "/cgi-bin/webhook/send?key=test");
  }

  static GreenMail smtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  static HttpServer robot() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/cgi-bin/webhook/send", exchange -> {
        ROBOT_POSTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopServers() {
    smtp.stop();
    ROBOT.stop(0);
  }

  @LocalServerPort
  int port;
  @Autowired
  NotificationSender sender;
  @Autowired
  DailyDigest digest;
  @Autowired
  OverdueTasks overdueTasks;
  @Autowired
  NotificationRepository outbox;
  @Autowired
  IdentityService identity;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  /** A person of the college's Party organisation besides its demo user: with an address or without, mail on or off. */
  void member(String userId, String email, boolean mailOff) {
    if (identity.createUserQuery().userId(userId).singleResult() == null) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("");
      user.setEmail(email);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(userId, "college-cs-party");
      if (mailOff) {
        identity.setUserInfo(userId, Recipients.EMAIL_SETTING, Recipients.OFF);
      }
    }
  }

  String start(String league, String studentId) {
    Http.Response started = http.postJson(league, P1, Http.variables("studentId", studentId, "unionId", "school-su",
        "basis", "OUTSTANDING_STUDENT", "statement", "成绩优秀，服务同学"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  void complete(String user, String taskId) {
    Http.Response done = http.postJson(user, "/engine-rest/task/" + taskId + "/complete",
        Http.variables("approved", true, "comment", "同意"));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  /** The mails received so far about the procedure (each names its case file). */
  static List<Mail> mailsAbout(String processInstanceId) {
    return received().stream().filter(mail -> mail.body().contains("/case-files/" + processInstanceId + "\n")).toList();
  }

  static List<Mail> mailsTo(String processInstanceId, String address) {
    return mailsAbout(processInstanceId).stream().filter(mail -> mail.to().equals(address)).toList();
  }

  static String demo(String groupId) {
    return groupId + "@demo.example.edu";
  }

  @Test
  @DisplayName("P1: each Party member with an address is mailed the new task in Chinese (once), the robot gets its JSON, "
      + "each next office is mailed, the Party committee gets the daily digest, the nominator the outcome")
  void candidacyFromStartToOutcome() throws Exception {
    member("cs-party-wang", "wang@cs.example.edu", false);
    member("cs-party-li", null, false);
    member("cs-party-zhao", "zhao@cs.example.edu", false);
    Http.Response off = http.put("cs-party-zhao", "/api/notifications/me", "application/json", "{\"email\":false}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(http.get("cs-party-zhao", "/api/notifications/me").json().get("email").asBoolean()).isFalse();
    assertThat(identity.getUserInfo("cs-party-zhao", Recipients.EMAIL_SETTING)).isEqualTo(Recipients.OFF);
    Http.Response unclear = http.put("cs-party-zhao", "/api/notifications/me", "application/json", "{}");
    assertThat(unclear.status()).as(unclear.body()).isEqualTo(400);
    assertThat(unclear.json().get("message").asText()).contains("true 或 false");
    assertThat(identity.getUserInfo("cs-party-zhao", Recipients.EMAIL_SETTING)).as("unchanged").isEqualTo(Recipients.OFF);
    member("cs-party-zhou", "zhou@cs.example.edu", true);
    assertThat(http.put("cs-party-zhou", "/api/notifications/me", "application/json", "{\"email\":true}").json()
        .get("email").asBoolean()).as("turned on again").isTrue();
    int posts = ROBOT_POSTS.size();
    String instance = start("college-cs-league", "2023001");
    String taskId = EngineRest.awaitTask(http, "college-cs-party", instance, "collegePartyReview").get("id").asText();

    assertThat(sender.sendDue().sent()).isGreaterThanOrEqualTo(3);
    String title = "学院党组织审核同意（P1.2） · 2023001 张伟 · 计算机学院";
    assertThat(mailsAbout(instance)).extracting(Mail::to)
        .as("the Party organisation's members with an address and mail on, once each")
        .containsExactlyInAnyOrder(demo("college-cs-party"), "wang@cs.example.edu", "zhou@cs.example.edu");
    for (Mail mail : mailsAbout(instance)) {
      assertThat(mail.subject()).isEqualTo("待办：" + title);
      assertThat(mail.body()).contains("计算机学院党组织有一项新的待办：" + title, "办理期限：",
          "办理任务：" + BASE + "/camunda/app/tasklist/default/#/?task=" + taskId,
          "流程档案：" + BASE + "/case-files/" + instance);
    }
    assertThat(ROBOT_POSTS).hasSize(posts + 1);
    JsonNode robot = JSON.readTree(ROBOT_POSTS.get(posts));
    assertThat(robot.get("msgtype").asText()).isEqualTo("markdown");
    assertThat(robot.get("markdown").get("content").asText()).startsWith("### 待办：" + title)
        .contains("[办理任务](" + BASE + "/camunda/app/tasklist/default/#/?task=" + taskId + ")");

    assertThat(sender.sendDue().sent()).as("sent once").isZero();
    assertThat(mailsAbout(instance)).hasSize(3);

    complete("college-cs-party", taskId);
    for (String step : List.of("studentAffairsReview", "graduateAffairsReview", "youthLeagueReview")) {
      String office = Reviewers.of(step, "cs");
      String next = EngineRest.awaitTask(http, office, instance, step).get("id").asText();
      sender.sendDue();
      List<Mail> toOffice = mailsTo(instance, demo(office));
      assertThat(toOffice).as(step).hasSize(1);
      assertThat(toOffice.get(0).subject()).startsWith("待办：").contains("（P1.3） · 2023001 张伟");
      assertThat(toOffice.get(0).body()).contains("?task=" + next);
      complete(office, next);
    }
    String decision = EngineRest.awaitTask(http, "party-committee", instance, "partyCommitteeDecision").get("id").asText();
    sender.sendDue();
    assertThat(mailsTo(instance, demo("party-committee"))).as("a digest group: no mail per task").isEmpty();
    assertThat(digest.write(LocalDate.of(2026, 12, 1))).isGreaterThanOrEqualTo(1);
    assertThat(digest.write(LocalDate.of(2026, 12, 1))).as("one digest a day").isZero();
    sender.sendDue();
    List<Mail> digests = received().stream().filter(mail -> mail.subject().startsWith("每日待办汇总")).toList();
    assertThat(digests).hasSize(1);
    assertThat(digests.get(0).to()).isEqualTo(demo("party-committee"));
    assertThat(digests.get(0).subject()).isEqualTo("每日待办汇总：学校党委 1 项（2026-12-01）");
    assertThat(digests.get(0).body()).contains("学校党委决定（P1.4） · 2023001 张伟", "?task=" + decision);

    complete("party-committee", decision);
    sender.sendDue();
    List<Mail> outcome = mailsTo(instance, demo("college-cs-league"));
    assertThat(outcome).as("the nominator is told the outcome").hasSize(1);
    assertThat(outcome.get(0).subject()).isEqualTo("办结：校级学生会主席团候选人推荐（P1） · 2023001 张伟 · 计算机学院 —— 确定为候选人");
    assertThat(outcome.get(0).body()).contains("结果：确定为候选人（CANDIDATE_CONFIRMED）",
        "流程档案：" + BASE + "/case-files/" + instance);
    assertThat(mailsAbout(instance)).as("no mail twice").doesNotHaveDuplicates();
    assertThat(outbox.about(instance)).extracting(NotificationRepository.Notification::status)
        .containsOnly(NotificationRepository.SENT);
  }

  @Test
  @DisplayName("Overdue, with the engine's clock moved: the reminder to the Party organisation, then the escalation to 校团委, each mailed once")
  void reminderAndEscalation() {
    String instance = start("college-econ-league", "2024101");
    JsonNode task = EngineRest.awaitTask(http, "college-econ-party", instance, "collegePartyReview");
    Instant due = OffsetDateTime.parse(task.get("due").asText(), ENGINE_DATE).toInstant();
    sender.sendDue();
    assertThat(mailsTo(instance, demo("college-econ-party"))).hasSize(1);

    Instant remind = due.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1));
    ClockUtil.setCurrentTime(Date.from(remind));
    assertThat(overdueTasks.check(remind).reminded()).isGreaterThanOrEqualTo(1);
    sender.sendDue();
    String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ZoneId.of("Asia/Shanghai")));
    List<Mail> reminders = mailsTo(instance, demo("college-econ-party")).stream()
        .filter(mail -> mail.subject().startsWith("提醒：")).toList();
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).subject())
        .isEqualTo("提醒：学院党组织审核同意（P1.2） · 2024101 冯悦 · 经济学院（" + when + " 到期）");

    Instant overdue = due.plus(Duration.ofMinutes(1));
    ClockUtil.setCurrentTime(Date.from(overdue));
    assertThat(overdueTasks.check(overdue).escalated()).isGreaterThanOrEqualTo(1);
    overdueTasks.check(overdue.plus(Duration.ofHours(1)));
    sender.sendDue();
    List<Mail> escalations = mailsTo(instance, demo("youth-league"));
    assertThat(escalations).hasSize(1);
    assertThat(escalations.get(0).subject()).isEqualTo("逾期：学院党组织审核同意（P1.2） · 2024101 冯悦 · 经济学院");
    assertThat(escalations.get(0).body()).contains("请督办", "办理部门：", "（已逾期）",
        "?task=" + task.get("id").asText());
    assertThat(mailsAbout(instance)).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  @DisplayName("SMTP server stopped during a run of completions, then started: every completion answered 204 at once, "
      + "every notification arrives once")
  void mailServerDown() throws Exception {
    String instance = start("college-cs-league", "2024002");
    String first = EngineRest.awaitTask(http, "college-cs-party", instance, "collegePartyReview").get("id").asText();
    sender.sendDue();
    List<Mail> before = mailsAbout(instance);
    assertThat(before).isNotEmpty();

    smtp.stop();
    try {
      completeWhileDown(instance, first);
    } finally {
      smtp = startAgain();
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (outbox.backlog().pending() > 0 && Instant.now().isBefore(deadline)) {
      sender.sendDue();
      EngineRest.sleep();
    }
    assertThat(outbox.backlog().pending()).isZero();
    List<Mail> all = new ArrayList<>(before);
    all.addAll(mailsAbout(instance));
    List<String> expected = outbox.about(instance).stream()
        .filter(row -> row.channel().equals(NotificationRepository.MAIL))
        .map(row -> row.recipient() + " " + row.subject()).toList();
    assertThat(outbox.about(instance)).extracting(NotificationRepository.Notification::status)
        .containsOnly(NotificationRepository.SENT);
    assertThat(all).extracting(mail -> mail.to() + " " + mail.subject()).as("each notification once")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(all).anyMatch(mail -> mail.subject().startsWith("办结："));

    // the nightly clean-up: sent rows go, the failures counter keeps its count
    double failures = metric("governance_notification_failures_total");
    assertThat(outbox.removeSentBefore(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(expected.size());
    assertThat(outbox.about(instance)).isEmpty();
    assertThat(metric("governance_notification_failures_total")).isEqualTo(failures).isPositive();
  }

  /** All five steps completed while no mail goes: each completion answered at once; the backlog and failures counted. */
  void completeWhileDown(String instance, String first) {
    long slowest = 0;
    for (String step : Reviewers.P1_STEPS) {
      String user = Reviewers.of(step, "cs");
      String taskId = step.equals("collegePartyReview") ? first
          : EngineRest.awaitTask(http, user, instance, step).get("id").asText();
      long started = System.nanoTime();
      complete(user, taskId);
      slowest = Math.max(slowest, System.nanoTime() - started);
      assertThat(sender.sendDue().sent()).as("nothing goes while the server is down").isZero();
    }
    assertThat(Duration.ofNanos(slowest)).as("the slowest completion").isLessThan(Duration.ofSeconds(5));
    NotificationRepository.Backlog backlog = outbox.backlog();
    assertThat(backlog.pending()).isPositive();
    assertThat(backlog.failures()).isPositive();
    assertThat(metric("governance_notifications_pending")).isEqualTo(backlog.pending());
    assertThat(metric("governance_notification_failures_total")).isEqualTo(backlog.failures());
  }

  double metric(String name) {
    Http.Response scrape = http.get("admin", "/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    return scrape.body().lines().filter(line -> line.startsWith(name + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError(name + " not in " + scrape.body()));
  }

  /** GreenMail again on the same port (the old one's socket may linger a moment). */
  static GreenMail startAgain() {
    for (int attempt = 0; ; attempt++) {
      try {
        return smtp();
      } catch (RuntimeException e) {
        if (attempt == 20) {
          throw e;
        }
        EngineRest.sleep();
      }
    }
  }

  /** Every mail the running SMTP server received, one per addressee. */
  static List<Mail> received() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        for (Address to : message.getRecipients(MimeMessage.RecipientType.TO)) {
          // a quoted-printable body comes back with the CRLF line ends of SMTP
          mails.add(new Mail(to.toString(), message.getSubject(), message.getContent().toString().replace("\r\n", "\n")));
        }
      } catch (MessagingException | IOException e) {
        throw new AssertionError(e);
      }
    }
    return mails;
  }
}
