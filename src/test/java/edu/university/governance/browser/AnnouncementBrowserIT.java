package edu.university.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import edu.university.governance.service.CongressWalk;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The printable announcements as a signed-in staff member opens them in a Chinese browser: the confirmed candidates'
 * 公示 (P1) and a filed congress's 公告 (C3), each with its names in the table, the print stylesheet linked and the
 * navigation that printing hides.
 */
@EnabledIf(value = "edu.university.governance.browser.Chromium#available", disabledReason = Chromium.MISSING)
class AnnouncementBrowserIT extends BrowserTest {

  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Test
  @DisplayName("P1 公示 and C3 公告 open in the browser of a signed-in user: title, names, colleges, votes, approval date, print CSS")
  void announcements() {
    String candidacy = webapps.nominate("college-cs-league", "2023001");
    webapps.decide("college-cs-party", candidacy, "collegePartyReview", "同意");
    webapps.decide("student-affairs", candidacy, "studentAffairsReview", "同意");
    webapps.decide("graduate-affairs", candidacy, "graduateAffairsReview", "同意");
    webapps.decide("youth-league", candidacy, "youthLeagueReview", "同意");
    webapps.decide("party-committee", candidacy, "partyCommitteeDecision", "确定为候选人");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    new CongressWalk(webapps.http()).fileEconCongress(YEAR, "an-c1", 76, today, "经院学联备〔" + YEAR + "〕9号");

    webapps.loginToTasklist("youth-league");
    webapps.openPage("/api/unions/school-su/candidates?year=" + YEAR);
    String publicity = announcement();
    assertThat(publicity).contains(YEAR + " 年度候选人公示").contains("现予公示").contains("2023001").contains("张伟")
        .contains("计算机学院");
    printable();
    webapps.screenshot("announcement-candidates");

    webapps.openPage("/api/unions/econ-su/congress?year=" + YEAR);
    String results = announcement();
    assertThat(results).contains(YEAR + " 年度学生代表大会选举结果公告").contains("现予公告").contains("an-c1")
        .contains("测试an-c1").contains("76 票").contains("同级党组织于 " + today + " 批准")
        .contains("经院学联备〔" + YEAR + "〕9号");
    printable();
    webapps.screenshot("announcement-congress");
  }

  /** The announcement's text once the page is there. */
  String announcement() {
    return webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.announcement")))
        .getText();
  }

  /** The print stylesheet is linked and loaded, and it hides the navigation when printed. */
  void printable() {
    assertThat(webapps.driver().findElement(By.cssSelector("link[rel=stylesheet]")).getDomAttribute("href"))
        .isEqualTo("/case-files.css");
    Object printRule = ((org.openqa.selenium.JavascriptExecutor) webapps.driver()).executeScript(
        "return Array.from(document.styleSheets).flatMap(s => Array.from(s.cssRules))"
            + ".filter(r => r.media && r.media.mediaText === 'print').map(r => r.cssText).join(' ')");
    assertThat(String.valueOf(printRule)).as("@media print rules").contains("nav").contains("display: none")
        .contains(".announcement");
  }
}
