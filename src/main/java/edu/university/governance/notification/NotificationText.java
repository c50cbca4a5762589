package edu.university.governance.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a notification says, in Chinese, before it is put into a channel: a subject, lines of text and links. The
 * mail is {@link #plain()}, the robots' markdown {@link #markdown()}. Every text names the step and its rule id
 * (the task's title, e.g. "校团委审核（P1.3）· 2023001 张伟 · 计算机学院") or the procedure and its rule id, and the
 * subject of the procedure as the service recorded it. Pure: the factories below are all there is to the wording.
 */
public record NotificationText(String subject, List<String> lines, List<Link> links) {

  /** A labelled address. */
  public record Link(String label, String url) {
  }

  /** One open task of a daily digest. */
  public record DigestItem(String title, Instant due, String taskLink) {
  }

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final String FOOTER = "此消息由学生会治理服务自动发送，请勿直接回复。";

  /** The task in Tasklist, which asks for a login and then opens it. */
  public static String taskLink(String baseUrl, String taskId) {
    return trim(baseUrl) + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** The case file page of the procedure (api/CaseFilePages). */
  public static String caseFileLink(String baseUrl, String processInstanceId) {
    return trim(baseUrl) + "/case-files/" + processInstanceId;
  }

  /** A new task for the group: "待办：校团委审核（P1.3）· 2023001 张伟 · 计算机学院". */
  public static NotificationText taskCreated(String title, String groupName, Instant due, ZoneId zone, String taskLink,
                                             String caseFileLink) {
    List<String> lines = new ArrayList<>();
    lines.add(groupName + "有一项新的待办：" + title);
    if (due != null) {
      lines.add("办理期限：" + WHEN.format(due.atZone(zone)));
    }
    return new NotificationText("待办：" + title, lines, links(taskLink, caseFileLink));
  }

  /** Before the due date, to the task's groups. */
  public static NotificationText reminder(String title, Instant due, ZoneId zone, String taskLink, String caseFileLink) {
    return new NotificationText("提醒：" + title + "（" + WHEN.format(due.atZone(zone)) + " 到期）",
        List.of("待办即将到期：" + title, "办理期限：" + WHEN.format(due.atZone(zone)) + "，请及时办理。"),
        links(taskLink, caseFileLink));
  }

  /** After the due date, to the supervising office (bpmn/task-deadlines.dmn), which may read the task. */
  public static NotificationText escalation(String title, String workingGroups, Instant due, ZoneId zone,
                                            String taskLink, String caseFileLink) {
    return new NotificationText("逾期：" + title,
        List.of("以下待办已超过办理期限，请督办：" + title, "办理部门：" + workingGroups,
            "办理期限：" + WHEN.format(due.atZone(zone)) + "（已逾期）"),
        links(taskLink, caseFileLink));
  }

  /** The end of a procedure, to the group that started it: the outcome and its reason. */
  public static NotificationText outcome(String procedure, String outcome, String outcomeLabel, String reason,
                                         String caseFileLink) {
    List<String> lines = new ArrayList<>();
    lines.add("流程已办结：" + procedure);
    lines.add("结果：" + outcomeLabel + "（" + outcome + "）");
    if (reason != null && !reason.isBlank()) {
      lines.add("原因：" + reason);
    }
    return new NotificationText("办结：" + procedure + " —— " + outcomeLabel, lines,
        List.of(new Link("流程档案", caseFileLink)));
  }

  /** The tasks a digest lists one by one, the most urgent first; the rest are counted (a mail stays readable and fits the outbox). */
  static final int DIGEST_LINES = 50;

  /** Once a day, to each member of a digest group: its open tasks, oldest due first. */
  public static NotificationText digest(String groupName, String day, List<DigestItem> items, ZoneId zone,
                                        String tasklink) {
    List<String> lines = new ArrayList<>();
    lines.add(groupName + "共有 " + items.size() + " 项待办（" + day + "）：");
    int n = 1;
    for (DigestItem item : items.subList(0, Math.min(items.size(), DIGEST_LINES))) {
      lines.add(n++ + ". " + item.title() + (item.due() == null ? "" : "（期限 " + WHEN.format(item.due().atZone(zone)) + "）")
          + " " + item.taskLink());
    }
    if (items.size() > DIGEST_LINES) {
      lines.add("另有 " + (items.size() - DIGEST_LINES) + " 项，请在任务列表中查看");
    }
    return new NotificationText("每日待办汇总：" + groupName + " " + items.size() + " 项（" + day + "）", lines,
        List.of(new Link("任务列表", tasklink)));
  }

  /** The mail's body: the lines, each link as "label：url", and the footer. */
  public String plain() {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    links.forEach(link -> text.append(link.label()).append("：").append(link.url()).append('\n'));
    return text.append('\n').append(FOOTER).append('\n').toString();
  }

  /** The robots' markdown (WeCom and DingTalk both read this subset): a heading, the lines, the links. */
  public String markdown() {
    StringBuilder text = new StringBuilder("### ").append(subject).append("\n");
    lines.forEach(line -> text.append(line).append("\n\n"));
    links.forEach(link -> text.append("[").append(link.label()).append("](").append(link.url()).append(")\n\n"));
    return text.toString().strip();
  }

  private static List<Link> links(String taskLink, String caseFileLink) {
    return List.of(new Link("办理任务", taskLink), new Link("流程档案", caseFileLink));
  }

  private static String trim(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
