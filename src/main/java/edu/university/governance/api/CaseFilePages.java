package edu.university.governance.api;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import edu.university.governance.engine.CaseFiles;
import edu.university.governance.engine.CaseFiles.CaseFile;
import edu.university.governance.engine.CaseFiles.DecisionEntry;
import edu.university.governance.engine.CaseFiles.OpenStep;
import edu.university.governance.records.OutcomeRepository;
import edu.university.governance.records.RecordException;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file (流程档案) for people: the same as {@code GET /api/procedures/{id}}, as a Chinese page with the
 * approval record and the diagram with the path taken; and the list of the caller's procedures (我的流程). Staff reach
 * them from a link in every task form and in Tasklist's header, administrators from Cockpit; the webapps' login
 * serves (ApiAuthenticationFilter), and the same right to read applies as to the JSON. The diagram is drawn on the
 * server (engine/DiagramSvg), so the page needs no script.
 */
@RestController
public class CaseFilePages {

  public static final String LIST = "/case-files";

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static final Map<String, String> STATES = Map.of(CaseFiles.RUNNING, "进行中", CaseFiles.ENDED, "已结束",
      CaseFiles.CANCELLED, "已取消");

  /** The outcomes of CONTRACT.md in the words staff use. */
  static final Map<String, String> OUTCOMES = OutcomeRepository.LABELS;

  /** The coded values of the start forms (their radio labels), as the subject shows them. */
  static final Map<String, String> VALUES = Map.of(
      "SCHOOL_UNION_STAFF", "校级学生会（研究生会）工作人员", "COLLEGE_UNION_STAFF", "学院学生会（研究生分会）工作人员",
      "OUTSTANDING_STUDENT", "各领域优秀学生典型", "PRESIDIUM_CANDIDATE", "主席团候选人", "DEPARTMENT_HEAD", "部门负责人",
      "STAFF", "工作人员");

  /** The subject's fields, in the order shown; an id is left out where its name is shown. */
  private static final List<Map.Entry<String, String>> SUBJECT = List.of(Map.entry("studentId", "学号"),
      Map.entry("name", "姓名"), Map.entry("collegeName", "学院"), Map.entry("collegeId", "学院"),
      Map.entry("classId", "班级"), Map.entry("unionName", "学生组织"), Map.entry("unionId", "学生组织"),
      Map.entry("post", "职务"), Map.entry("departmentId", "部门"), Map.entry("basis", "推荐依据"),
      Map.entry("title", "标题"), Map.entry("category", "类别"), Map.entry("year", "年度"), Map.entry("semester", "学期"));

  private final CaseFiles caseFiles;

  public CaseFilePages(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /** One procedure's case file. */
  @GetMapping(value = LIST + "/{processInstanceId}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> caseFile(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                         @PathVariable String processInstanceId) {
    CaseFiles.Page page;
    try {
      page = caseFiles.page(processInstanceId, ProcedureController.reader(caller));
    } catch (RecordException refused) {
      return refusal(refused);
    }
    CaseFile file = page.file();
    StringBuilder html = new StringBuilder();
    html.append("<h1>流程档案 <span class=\"key\">").append(text(file.businessKey())).append("</span></h1>")
        .append("<p class=\"procedure\">").append(text(page.procedureName())).append("</p>")
        .append("<table class=\"facts\">");
    row(html, "对象", subject(file.subject()));
    row(html, "状态", "<span class=\"state " + file.state() + "\">" + text(STATES.get(file.state())) + "</span>");
    if (file.outcome() != null) {
      row(html, "结果", text(outcome(file.outcome())) + " <code>" + text(file.outcome()) + "</code>");
    }
    if (file.reason() != null) {
      row(html, "原因", text(file.reason()));
    }
    row(html, "发起", text(person(page.people(), file.startedBy())) + "，" + text(shown(file.startedAt())));
    if (file.endedAt() != null) {
      row(html, "结束", text(shown(file.endedAt())));
    }
    if (!page.open().isEmpty()) {
      row(html, "当前步骤", page.open().stream().map(step -> openStep(step, page))
          .collect(Collectors.joining("<br>")));
    }
    html.append("</table><h2>审批记录</h2>");
    approvals(html, file.decisions(), page);
    html.append("<h2>流程图</h2><p class=\"legend\"><span class=\"swatch passed\"></span>已走过的步骤和路径 ")
        .append("<span class=\"swatch current\"></span>").append(CaseFiles.CANCELLED.equals(file.state())
            ? "取消时所在的步骤" : "当前步骤").append(" <span class=\"swatch idle\"></span>未经过</p>")
        .append("<div class=\"diagram\">").append(page.diagram()).append("</div>")
        .append("<p class=\"foot\">以上内容来自系统记录的审批记录和流程历史，任何人都不能通过表单或变量修改。")
        .append("<a href=\"").append(LIST).append("\">我的流程</a> · <a href=\"/api/procedures/")
        .append(text(file.processInstanceId())).append("\">JSON</a></p>");
    return page(HttpStatus.OK, "流程档案 " + (file.businessKey() == null ? "" : file.businessKey()), html.toString());
  }

  /** The procedures the caller's groups started or decided in (administrators: all), newest first, with filters. */
  @GetMapping(value = LIST, produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> list(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                     @RequestParam(required = false) String processDefinitionKey,
                                     @RequestParam(required = false) String state,
                                     @RequestParam(required = false) String outcome,
                                     @RequestParam(required = false) String studentId,
                                     @RequestParam(required = false) String year) {
    List<CaseFile> files;
    try {
      files = caseFiles.list(ProcedureController.filter(processDefinitionKey, state, outcome, studentId, year),
          ProcedureController.reader(caller));
    } catch (RecordException refused) {
      return refusal(refused);
    }
    StringBuilder html = new StringBuilder("<h1>我的流程</h1><p class=\"procedure\">")
        .append(caller.isAdmin() ? "全部流程（系统管理员）" : "本人所在组织发起或参与审批的流程")
        .append("，最新的在前。结束的流程在这里看到结果和原因。</p>")
        .append("<form class=\"filters\" method=\"get\"><label>学号 <input name=\"studentId\" value=\"")
        .append(text(studentId)).append("\"></label> <label>年度 <input name=\"year\" size=\"5\" value=\"")
        .append(text(year)).append("\"></label> <label>状态 <select name=\"state\"><option value=\"\">全部</option>");
    for (String each : List.of(CaseFiles.RUNNING, CaseFiles.ENDED, CaseFiles.CANCELLED)) {
      html.append("<option value=\"").append(each).append('"').append(each.equals(state) ? " selected" : "")
          .append('>').append(STATES.get(each)).append("</option>");
    }
    html.append("</select></label> <button type=\"submit\">筛选</button></form>");
    if (files.isEmpty()) {
      html.append("<p class=\"empty\">没有符合条件的流程。</p>");
    } else {
      html.append("<table class=\"procedures\"><thead><tr><th>业务编号</th><th>对象</th><th>状态</th><th>结果</th>")
          .append("<th>原因</th><th>发起时间</th><th>结束时间</th></tr></thead><tbody>");
      for (CaseFile file : files) {
        html.append("<tr data-process-instance=\"").append(text(file.processInstanceId())).append("\"><td><a href=\"")
            .append(LIST).append('/').append(text(file.processInstanceId())).append("\">")
            .append(text(file.businessKey() == null ? file.processInstanceId() : file.businessKey()))
            .append("</a></td><td>").append(subject(file.subject())).append("</td><td>")
            .append(text(STATES.get(file.state()))).append("</td><td class=\"outcome\">")
            .append(text(file.outcome() == null ? "" : outcome(file.outcome()))).append("</td><td class=\"reason\">")
            .append(text(file.reason())).append("</td><td>").append(text(shown(file.startedAt()))).append("</td><td>")
            .append(text(shown(file.endedAt()))).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    return page(HttpStatus.OK, "我的流程", html.toString());
  }

  private static void approvals(StringBuilder html, List<DecisionEntry> decisions, CaseFiles.Page page) {
    if (decisions.isEmpty()) {
      html.append("<p class=\"empty\">（尚无决定）</p>");
      return;
    }
    html.append("<table class=\"approvals\"><thead><tr><th>时间</th><th>步骤</th><th>单位</th><th>经办人</th>")
        .append("<th>决定</th><th>意见</th></tr></thead><tbody>");
    for (DecisionEntry decision : decisions) {
      String verdict = decision.approved() != null ? (decision.approved() ? "同意" : "不同意")
          : decision.handling() != null ? outcome(decision.handling()) : "已办理";
      html.append("<tr><td>").append(text(shown(decision.decidedAt()))).append("</td><td>")
          .append(text(decision.stepName())).append("</td><td>").append(text(name(page.offices(), decision.office())))
          .append("</td><td>").append(text(person(page.people(), decision.userId()))).append("</td><td class=\"verdict ")
          .append(decision.approved() == null ? "" : decision.approved() ? "yes" : "no").append("\">")
          .append(text(verdict)).append("</td><td>").append(text(decision.comment())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String openStep(OpenStep step, CaseFiles.Page page) {
    String groups = step.groups().stream().map(group -> name(page.offices(), group)).collect(Collectors.joining("、"));
    return text(step.name()) + (groups.isEmpty() ? "" : "（" + text(groups) + "）")
        + (step.assignee() == null ? "，待认领" : "，已由 " + text(person(page.people(), step.assignee())) + " 认领")
        + "，自 " + text(shown(step.since()));
  }

  /** "2023001 张伟 · 计算机学院 · 校学生会 …": the subject's fields, names before ids; nominees one by one. */
  @SuppressWarnings("unchecked")
  private static String subject(Map<String, Object> subject) {
    StringBuilder shown = new StringBuilder();
    for (Map.Entry<String, String> field : SUBJECT) {
      Object value = subject.get(field.getKey());
      boolean named = field.getKey().endsWith("Id") && !field.getKey().equals("studentId")
          && subject.get(field.getKey().replace("Id", "Name")) != null;
      if (value != null && !named) {
        shown.append("<span class=\"subject-field\">").append(text(field.getValue())).append(" ")
            .append(text(VALUES.getOrDefault(value.toString(), value.toString()))).append("</span> ");
      }
    }
    if (subject.get("nominees") instanceof List<?> nominees) {
      shown.append("<br>被推荐人：").append(nominees.stream().map(nominee -> (Map<String, Object>) nominee)
          .map(nominee -> text(nominee.get("studentId") + " " + (nominee.get("name") == null ? "" : nominee.get("name"))))
          .collect(Collectors.joining("、")));
    }
    return shown.toString().strip();
  }

  private static String outcome(String code) {
    return OUTCOMES.getOrDefault(code, code);
  }

  private static String person(Map<String, String> names, String userId) {
    return userId == null ? "系统" : name(names, userId);
  }

  private static String name(Map<String, String> names, String id) {
    return id == null ? "" : names.getOrDefault(id, id);
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>");
  }

  /** An ISO-8601 time of the case file as staff read it: 2026-12-01 09:30. */
  private static String shown(String time) {
    return time == null ? "" : OffsetDateTime.parse(time).format(SHOWN);
  }

  static String text(String value) {
    return value == null ? "" : htmlEscape(value, "UTF-8");
  }

  static ResponseEntity<String> refusal(RecordException refused) {
    HttpStatus status = switch (refused.kind()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      default -> HttpStatus.BAD_REQUEST;
    };
    return page(status, "无法打开", "<h1>无法打开</h1><p class=\"refusal\">" + text(refused.getMessage())
        + "</p><p><a href=\"" + LIST + "\">我的流程</a></p>");
  }

  /** A whole page in the service's own plain style, printable. */
  static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + text(title)
        + "</title><link rel=\"stylesheet\" href=\"/case-files.css\"></head><body>"
        + "<nav><a href=\"/camunda/app/tasklist/\">任务列表</a> · <a href=\"" + LIST + "\">我的流程</a></nav>"
        + "<main>" + body + "</main></body></html>";
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html);
  }
}
