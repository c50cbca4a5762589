package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DiagramSvgTest {

  private static final BpmnModelInstance P1 = Bpmn.readModelFromFile(new File("bpmn/school-presidium-candidacy.bpmn"));

  @Test
  @DisplayName("P1 waiting for the college Party organisation: well-formed SVG with every shape and edge of the model;"
      + " the start, the E1–E3 check and its gateway passed, the review current, the rest idle")
  void pathOfARunningNomination() throws Exception {
    String svg = DiagramSvg.render(P1, new DiagramSvg.Path(
        Set.of("nominationReceived", "checkEligibility", "eligibleGateway"), Set.of("collegePartyReview")));

    Document document = DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    var xpath = XPathFactory.newInstance().newXPath();
    NodeList shapes = (NodeList) xpath.evaluate("//*[contains(@class,'shape ')]", document, XPathConstants.NODESET);
    NodeList edges = (NodeList) xpath.evaluate("//*[contains(@class,'edge ')]", document, XPathConstants.NODESET);
    assertThat(shapes.getLength()).isEqualTo(P1.getModelElementsByType(BpmnShape.class).size());
    assertThat(edges.getLength()).isEqualTo(P1.getModelElementsByType(BpmnEdge.class).size());

    assertThat(classOf(xpath, document, "checkEligibility")).isEqualTo("shape serviceTask passed");
    assertThat(classOf(xpath, document, "eligibleGateway")).isEqualTo("shape exclusiveGateway passed");
    assertThat(classOf(xpath, document, "collegePartyReview")).isEqualTo("shape userTask current");
    assertThat(classOf(xpath, document, "partyCommitteeDecision")).isEqualTo("shape userTask idle");
    assertThat(classOf(xpath, document, "nomineeIneligible")).isEqualTo("shape endEvent idle");
    // the flow into the current review was taken; the one to the ineligible end was not
    assertThat(classOf(xpath, document, "eligible")).startsWith("edge passed");
    assertThat(classOf(xpath, document, "ineligible")).startsWith("edge idle");
    // names in Chinese, wrapped inside their boxes
    assertThat(svg).contains("核查资格（E1–E3）").contains("<title>学院党组织审核同意（P1.2）</title>");
  }

  @Test
  @DisplayName("Names wrap at the box's width: a Chinese character counts as one font size, Latin as about half")
  void wrapping() {
    assertThat(DiagramSvg.wrap("学院党组织审核同意（P1.2）", 92)).containsExactly("学院党组织审核", "同意（P1.2）");
    assertThat(DiagramSvg.wrap("abc", 92)).containsExactly("abc");
    assertThat(DiagramSvg.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
  }

  private static String classOf(javax.xml.xpath.XPath xpath, Document document, String element) throws Exception {
    return xpath.evaluate("//*[@data-element='" + element + "']/@class", document);
  }
}
