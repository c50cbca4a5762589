package edu.university.governance.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The BPMN diagram of a process as SVG, drawn on the server from the model's own layout (its BPMN DI), with the
 * path a procedure took and its current steps marked. The case file shows it without any script: nothing from npm,
 * nothing a browser must run, and the same picture prints.
 *
 * <p>Shapes carry the class {@code passed} (the procedure went through it), {@code current} (it waits there now)
 * or neither, and {@code data-element} with the element's id, so that tests and styles can find them.
 */
public final class DiagramSvg {

  /** Where a procedure has been: the elements it went through, and the ones it waits in now. */
  public record Path(Set<String> passed, Set<String> current) {

    String classOf(String elementId) {
      return current.contains(elementId) ? "current" : passed.contains(elementId) ? "passed" : "idle";
    }

    /** A flow was taken when the procedure went through both its ends. */
    boolean took(SequenceFlow flow) {
      String source = flow.getSource().getId();
      String target = flow.getTarget().getId();
      return passed.contains(source) && (passed.contains(target) || current.contains(target));
    }
  }

  private static final int PADDING = 20;
  private static final int FONT = 12;
  private static final int LINE = 15;

  private DiagramSvg() {
  }

  /** The whole diagram, sized to its content. */
  public static String render(BpmnModelInstance model, Path path) {
    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    Box box = extent(shapes, edges);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn-diagram\" role=\"img\" aria-label=\"流程图\" ")
        .append(String.format(Locale.ROOT, "viewBox=\"%d %d %d %d\" width=\"%d\" height=\"%d\">",
            box.x - PADDING, box.y - PADDING, box.w + 2 * PADDING, box.h + 2 * PADDING, box.w + 2 * PADDING,
            box.h + 2 * PADDING))
        .append("<defs>").append(arrow("arrow-idle")).append(arrow("arrow-passed")).append("</defs>");
    // containers first, so that what they contain is drawn over them
    for (BpmnShape shape : shapes) {
      if (isContainer(shape)) {
        drawShape(svg, shape, path);
      }
    }
    for (BpmnEdge edge : edges) {
      drawEdge(svg, edge, path);
    }
    for (BpmnShape shape : shapes) {
      if (!isContainer(shape)) {
        drawShape(svg, shape, path);
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String arrow(String id) {
    return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
        + "orient=\"auto-start-reverse\"><path class=\"" + id + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
  }

  private static boolean isContainer(BpmnShape shape) {
    String type = typeOf(shape.getBpmnElement());
    return type.equals("subProcess") || type.equals("participant") || type.equals("lane");
  }

  private static void drawShape(StringBuilder svg, BpmnShape shape, Path path) {
    BaseElement element = shape.getBpmnElement();
    Bounds b = shape.getBounds();
    if (element == null || b == null) {
      return;
    }
    String type = typeOf(element);
    String name = element.getAttributeValue("name");
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    svg.append("<g class=\"shape ").append(type).append(' ').append(path.classOf(element.getId()))
        .append("\" data-element=\"").append(escape(element.getId())).append("\">");
    if (name != null && !name.isBlank()) {
      svg.append("<title>").append(escape(name)).append("</title>");
    }
    if (type.endsWith("Event")) {
      double r = Math.min(w, h) / 2;
      double cx = x + w / 2;
      double cy = y + h / 2;
      svg.append(circle(cx, cy, r, type.equals("endEvent") ? "outline end" : "outline"));
      if (type.startsWith("intermediate") || type.equals("boundaryEvent")) {
        svg.append(circle(cx, cy, r - 3, "outline inner"));
      }
      if (has(element, TimerEventDefinition.class)) {
        svg.append(circle(cx, cy, r * 0.6, "marker-line"))
            .append(line(cx, cy, cx, cy - r * 0.45)).append(line(cx, cy, cx + r * 0.3, cy));
      }
      if (has(element, TerminateEventDefinition.class)) {
        svg.append(circle(cx, cy, r * 0.55, "marker-fill"));
      }
      outsideLabel(svg, shape, name);
    } else if (type.endsWith("Gateway")) {
      double cx = x + w / 2;
      double cy = y + h / 2;
      svg.append(String.format(Locale.ROOT, "<polygon class=\"outline\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>",
          cx, y, x + w, cy, cx, y + h, x, cy));
      double m = w * 0.2;
      switch (type) {
        case "exclusiveGateway" -> svg.append(line(cx - m, cy - m, cx + m, cy + m)).append(line(cx - m, cy + m, cx + m, cy - m));
        case "parallelGateway" -> svg.append(line(cx, cy - m * 1.3, cx, cy + m * 1.3)).append(line(cx - m * 1.3, cy, cx + m * 1.3, cy));
        default -> svg.append(circle(cx, cy, m * 1.2, "marker-line"));
      }
      outsideLabel(svg, shape, name);
    } else if (isContainer(shape)) {
      svg.append(rect(x, y, w, h, 10, "outline container"));
      if (name != null) {
        text(svg, x + 8, y + 6, w - 16, LINE, name, "start");
      }
    } else {
      svg.append(rect(x, y, w, h, 10, "outline"));
      if (type.equals("callActivity")) {
        svg.append(rect(x + 3, y + 3, w - 6, h - 6, 8, "outline inner"));
      }
      if (name != null) {
        text(svg, x + w / 2, y + 4, w - 8, h - 8, name, "middle");
      }
    }
    svg.append("</g>");
  }

  private static void drawEdge(StringBuilder svg, BpmnEdge edge, Path path) {
    BaseElement element = edge.getBpmnElement();
    Collection<Waypoint> points = edge.getWaypoints();
    if (points.size() < 2) {
      return;
    }
    boolean taken = element instanceof SequenceFlow flow && path.took(flow);
    String state = taken ? "passed" : "idle";
    StringBuilder line = new StringBuilder();
    for (Waypoint point : points) {
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.getX(), point.getY()));
    }
    svg.append("<g class=\"edge ").append(state).append("\"")
        .append(element == null ? "" : " data-element=\"" + escape(element.getId()) + "\"").append(">")
        .append("<polyline points=\"").append(line.toString().strip()).append("\" marker-end=\"url(#arrow-")
        .append(state).append(")\"/>");
    String name = element == null ? null : element.getAttributeValue("name");
    if (name != null && !name.isBlank()) {
      BpmnLabel label = edge.getBpmnLabel();
      if (label != null && label.getBounds() != null) {
        Bounds b = label.getBounds();
        text(svg, b.getX() + b.getWidth() / 2, b.getY(), Math.max(b.getWidth(), 40), Math.max(b.getHeight(), LINE),
            name, "middle");
      } else {
        List<Waypoint> list = new ArrayList<>(points);
        Waypoint first = list.get(0);
        Waypoint second = list.get(1);
        text(svg, (first.getX() + second.getX()) / 2 + 4, (first.getY() + second.getY()) / 2 - LINE, 60, LINE, name,
            "start");
      }
    }
    svg.append("</g>");
  }

  /** An event's or a gateway's name: where the model puts its label, else under the shape. */
  private static void outsideLabel(StringBuilder svg, BpmnShape shape, String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    BpmnLabel label = shape.getBpmnLabel();
    if (label != null && label.getBounds() != null) {
      Bounds b = label.getBounds();
      text(svg, b.getX() + b.getWidth() / 2, b.getY(), Math.max(b.getWidth(), 60), Math.max(b.getHeight(), LINE * 2),
          name, "middle");
    } else {
      Bounds b = shape.getBounds();
      text(svg, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4, 110, LINE * 3, name, "middle");
    }
  }

  /** Text wrapped to the width (a Chinese character is about one font size wide), cut with … when out of room. */
  private static void text(StringBuilder svg, double x, double top, double width, double height, String text,
                           String anchor) {
    List<String> lines = wrap(text, width);
    int room = Math.max(1, (int) (height / LINE));
    if (lines.size() > room) {
      lines = new ArrayList<>(lines.subList(0, room));
      lines.set(room - 1, lines.get(room - 1) + "…");
    }
    // a task's name sits in the middle of its box
    double first = anchor.equals("middle") && height > LINE * 3
        ? top + (height - lines.size() * LINE) / 2 + FONT : top + FONT;
    svg.append(String.format(Locale.ROOT, "<text class=\"label\" text-anchor=\"%s\" x=\"%.1f\" y=\"%.1f\">", anchor, x, first));
    for (int i = 0; i < lines.size(); i++) {
      svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\"%s>", x, i == 0 ? "" : " dy=\"" + LINE + "\""))
          .append(escape(lines.get(i))).append("</tspan>");
    }
    svg.append("</text>");
  }

  static List<String> wrap(String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    double used = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      double advance = codePoint < 0x2E80 ? FONT * 0.55 : FONT;
      if (used + advance > width && current.length() > 0) {
        lines.add(current.toString().strip());
        current.setLength(0);
        used = 0;
      }
      current.appendCodePoint(codePoint);
      used += advance;
      i += Character.charCount(codePoint);
    }
    if (!current.toString().isBlank()) {
      lines.add(current.toString().strip());
    }
    return lines;
  }

  private static boolean has(BaseElement element, Class<? extends BaseElement> definition) {
    return !element.getChildElementsByType(definition).isEmpty();
  }

  private static String typeOf(BaseElement element) {
    return element == null ? "" : element.getElementType().getTypeName();
  }

  private static String circle(double cx, double cy, double r, String cls) {
    return String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cls, cx, cy, r);
  }

  private static String rect(double x, double y, double w, double h, int radius, String cls) {
    return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\"/>",
        cls, x, y, w, h, radius);
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(Locale.ROOT, "<line class=\"marker-line\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
        x1, y1, x2, y2);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private record Box(int x, int y, int w, int h) {
  }

  private static Box extent(Collection<BpmnShape> shapes, Collection<BpmnEdge> edges) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (BpmnShape shape : shapes) {
      for (Bounds b : boundsOf(shape)) {
        minX = Math.min(minX, b.getX());
        minY = Math.min(minY, b.getY());
        maxX = Math.max(maxX, b.getX() + b.getWidth());
        maxY = Math.max(maxY, b.getY() + b.getHeight());
      }
      if (shape.getBpmnLabel() == null && shape.getBounds() != null && !isContainer(shape)
          && !(shape.getBpmnElement() instanceof Activity)) {
        maxY = Math.max(maxY, shape.getBounds().getY() + shape.getBounds().getHeight() + 4 + LINE * 3);
      }
    }
    for (BpmnEdge edge : edges) {
      for (Waypoint point : edge.getWaypoints()) {
        minX = Math.min(minX, point.getX());
        minY = Math.min(minY, point.getY());
        maxX = Math.max(maxX, point.getX());
        maxY = Math.max(maxY, point.getY());
      }
    }
    if (minX == Double.MAX_VALUE) {
      return new Box(0, 0, 100, 100);
    }
    return new Box((int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX - minX),
        (int) Math.ceil(maxY - minY));
  }

  private static List<Bounds> boundsOf(BpmnShape shape) {
    List<Bounds> all = new ArrayList<>();
    if (shape.getBounds() != null) {
      all.add(shape.getBounds());
    }
    if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
      all.add(shape.getBpmnLabel().getBounds());
    }
    return all;
  }
}
