package edu.university.governance.api;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The printable announcements (公示, 公告): a centred title, the text that announces, a numbered table, and the
 * union's signature with the date, in the case files' plain style with its print CSS (/case-files.css). The
 * confirmed candidates' 公示 and the congress results' 公告 are both drawn here.
 */
final class Announcements {

  private Announcements() {
  }

  /** The page: title, announcing text, a table with a 序号 column before the given headers, empty text, signature. */
  static ResponseEntity<String> page(String title, String text, List<String> headers, List<List<String>> rows,
                                     String emptyText, String signature, LocalDate date) {
    StringBuilder html = new StringBuilder("<article class=\"announcement\"><h1>").append(CaseFilePages.text(title))
        .append("</h1><p>").append(CaseFilePages.text(text)).append("</p>");
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">").append(CaseFilePages.text(emptyText)).append("</p>");
    } else {
      html.append("<table class=\"procedures\"><thead><tr><th>序号</th>");
      headers.forEach(header -> html.append("<th>").append(CaseFilePages.text(header)).append("</th>"));
      html.append("</tr></thead><tbody>");
      int number = 0;
      for (List<String> row : rows) {
        html.append("<tr><td>").append(++number).append("</td>");
        row.forEach(cell -> html.append("<td>").append(CaseFilePages.text(cell)).append("</td>"));
        html.append("</tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("<p class=\"signature\">").append(CaseFilePages.text(signature)).append("<br>").append(date)
        .append("</p></article>");
    return CaseFilePages.page(HttpStatus.OK, title, html.toString());
  }
}
