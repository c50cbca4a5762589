package edu.university.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14: the JSON each group robot takes (WeCom markdown and text, DingTalk markdown) and how its answer is read. */
class WebhookFormatTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final NotificationText TEXT = new NotificationText("待办：校团委审核（P1.3）· 2023001 张伟", List.of("校团委有一项新的待办"),
      List.of(new NotificationText.Link("办理任务", "http://h/t")));

  /** The request body of the format the setting names, for {@link #TEXT}. */
  static JsonNode body(String setting) throws Exception {
    WebhookFormat format = WebhookFormat.of(setting);
    return JSON.readTree(format.json(TEXT.subject(), format.content(TEXT)));
  }

  @Test
  @DisplayName("wecom: {msgtype: markdown, markdown: {content}} with the heading, the lines and the links")
  void wecom() throws Exception {
    JsonNode body = body("wecom");
    assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
    assertThat(body.get("markdown").get("content").asText())
        .isEqualTo("### 待办：校团委审核（P1.3）· 2023001 张伟\n校团委有一项新的待办\n\n[办理任务](http://h/t)");
    assertThat(body.size()).isEqualTo(2);
  }

  @Test
  @DisplayName("wecom-text: {msgtype: text, text: {content}} with the subject first and plain links")
  void wecomText() throws Exception {
    JsonNode body = body("WeCom-Text");
    assertThat(body.get("msgtype").asText()).isEqualTo("text");
    assertThat(body.get("text").get("content").asText()).startsWith(TEXT.subject() + "\n校团委有一项新的待办\n")
        .contains("办理任务：http://h/t");
  }

  @Test
  @DisplayName("dingtalk: {msgtype: markdown, markdown: {title, text}}, the title being the subject")
  void dingtalk() throws Exception {
    JsonNode body = body("dingtalk");
    assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
    assertThat(body.get("markdown").get("title").asText()).isEqualTo(TEXT.subject());
    assertThat(body.get("markdown").get("text").asText()).startsWith("### 待办").contains("[办理任务](http://h/t)");
  }

  @Test
  @DisplayName("An unknown format is refused at start-up, naming the setting and the choices")
  void unknown() {
    assertThatThrownBy(() -> WebhookFormat.of("slack")).hasMessageContaining("governance.notify.webhook-format")
        .hasMessageContaining("wecom, wecom-text or dingtalk");
  }

  @Test
  @DisplayName("WeCom's limits: content cut to 4096 bytes (markdown) and 2048 bytes (text) on a character boundary")
  void limits() throws Exception {
    String longText = "中".repeat(3000);
    String markdown = JSON.readTree(WebhookFormat.WECOM.json("t", longText)).get("markdown").get("content").asText();
    assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    assertThat(markdown).endsWith("…").startsWith("中中");
    String text = JSON.readTree(WebhookFormat.WECOM_TEXT.json("t", longText)).get("text").get("content").asText();
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048).isGreaterThan(2040);
    assertThat(WebhookFormat.cut("short", 10)).isEqualTo("short");
  }

  @Test
  @DisplayName("The robots' answers: errcode 0 is taken, any other errcode is not")
  void answers() {
    assertThat(WebhookFormat.accepted("{\"errcode\":0,\"errmsg\":\"ok\"}")).isTrue();
    assertThat(WebhookFormat.accepted("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}")).isFalse();
    assertThat(WebhookFormat.accepted("")).isTrue();
    assertThat(WebhookFormat.accepted("ok")).isTrue();
  }
}
