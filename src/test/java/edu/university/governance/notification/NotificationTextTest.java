package edu.university.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14: the wording of each notification, its links and the dedupe key. */
class NotificationTextTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String TITLE = "校团委审核（P1.3）· 2023001 张伟 · 计算机学院";
  static final Instant DUE = Instant.parse("2026-12-08T10:00:00Z");

  @Test
  @DisplayName("Links: the task in Tasklist and the case file, with or without a trailing slash in the base URL")
  void links() {
    assertThat(NotificationText.taskLink("https://gov.example.edu/", "t-1"))
        .isEqualTo("https://gov.example.edu/camunda/app/tasklist/default/#/?task=t-1");
    assertThat(NotificationText.caseFileLink("http://localhost:8080", "p-1"))
        .isEqualTo("http://localhost:8080/case-files/p-1");
  }

  @Test
  @DisplayName("A new task: subject 待办：step (rule id) · subject; body with the group, the due date in the service's zone and both links")
  void taskCreated() {
    NotificationText text = NotificationText.taskCreated(TITLE, "校团委", DUE, SHANGHAI, "T-LINK", "C-LINK");
    assertThat(text.subject()).isEqualTo("待办：校团委审核（P1.3）· 2023001 张伟 · 计算机学院");
    assertThat(text.plain()).contains("校团委有一项新的待办：" + TITLE, "办理期限：2026-12-08 18:00",
        "办理任务：T-LINK", "流程档案：C-LINK", NotificationText.FOOTER);
    assertThat(text.markdown()).startsWith("### 待办：" + TITLE).contains("[办理任务](T-LINK)", "[流程档案](C-LINK)")
        .doesNotContain(NotificationText.FOOTER);
    assertThat(NotificationText.taskCreated(TITLE, "校团委", null, SHANGHAI, "T", "C").plain())
        .doesNotContain("办理期限");
  }

  @Test
  @DisplayName("Reminder before and escalation after the due date name the task, the date and the working office")
  void reminderAndEscalation() {
    assertThat(NotificationText.reminder(TITLE, DUE, SHANGHAI, "T", "C").subject())
        .isEqualTo("提醒：" + TITLE + "（2026-12-08 18:00 到期）");
    NotificationText escalation = NotificationText.escalation(TITLE, "计算机学院党委", DUE, SHANGHAI, "T", "C");
    assertThat(escalation.subject()).isEqualTo("逾期：" + TITLE);
    assertThat(escalation.plain()).contains("请督办", "办理部门：计算机学院党委", "2026-12-08 18:00（已逾期）");
  }

  @Test
  @DisplayName("The outcome: procedure with its rule id, the outcome in words and as code, the reason when there is one")
  void outcome() {
    NotificationText rejected = NotificationText.outcome("校级学生会主席团候选人推荐（P1）· 2023001 张伟", "REJECTED",
        "未获同意", "学校党委不同意（P1.4）：名额已满", "C");
    assertThat(rejected.subject()).isEqualTo("办结：校级学生会主席团候选人推荐（P1）· 2023001 张伟 —— 未获同意");
    assertThat(rejected.plain()).contains("结果：未获同意（REJECTED）", "原因：学校党委不同意（P1.4）：名额已满", "流程档案：C");
    assertThat(NotificationText.outcome("P", "APPOINTED", "已任命", null, "C").plain()).doesNotContain("原因");
  }

  @Test
  @DisplayName("The daily digest lists every open task with its due date and link")
  void digest() {
    NotificationText digest = NotificationText.digest("学校党委", "2026-12-01", List.of(
        new NotificationText.DigestItem("学校党委决定（P1.4）· 2023001 张伟", DUE, "L1"),
        new NotificationText.DigestItem("学校党委决定（P1.4）· 2024101 冯悦", null, "L2")), SHANGHAI, "TL");
    assertThat(digest.subject()).isEqualTo("每日待办汇总：学校党委 2 项（2026-12-01）");
    assertThat(digest.plain()).contains("1. 学校党委决定（P1.4）· 2023001 张伟（期限 2026-12-08 18:00） L1",
        "2. 学校党委决定（P1.4）· 2024101 冯悦 L2", "任务列表：TL");
  }

  @Test
  @DisplayName("A digest of 130 tasks lists the 50 most urgent and counts the rest; its body fits the outbox's 20000")
  void longDigest() {
    List<NotificationText.DigestItem> items = java.util.stream.IntStream.rangeClosed(1, 130)
        .mapToObj(i -> new NotificationText.DigestItem("学校党委决定（P1.4）· 2023" + i + " 学生" + i, DUE,
            "http://governance.example.edu/camunda/app/tasklist/default/#/?task=" + java.util.UUID.randomUUID()))
        .toList();
    NotificationText digest = NotificationText.digest("学校党委", "2026-12-01", items, SHANGHAI, "TL");
    assertThat(digest.subject()).isEqualTo("每日待办汇总：学校党委 130 项（2026-12-01）");
    assertThat(digest.plain()).contains("50. 学校党委决定（P1.4）· 202350 学生50", "另有 80 项，请在任务列表中查看")
        .doesNotContain("51. ").hasSizeLessThan(20000);
  }

  @Test
  @DisplayName("Dedupe key: one per kind, task or procedure, channel and person or group")
  void dedupeKey() {
    assertThat(Outbox.dedupeKey("TASK", "t-1", "MAIL", "alice")).isEqualTo("TASK:t-1:MAIL:alice");
    assertThat(Outbox.dedupeKey("TASK", "t-1", "MAIL", "alice"))
        .isNotEqualTo(Outbox.dedupeKey("REMINDER", "t-1", "MAIL", "alice"))
        .isNotEqualTo(Outbox.dedupeKey("TASK", "t-2", "MAIL", "alice"))
        .isNotEqualTo(Outbox.dedupeKey("TASK", "t-1", "WEBHOOK", "alice"));
  }
}
