package edu.university.governance.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * D1: shows the self-discipline convention in the form of a step that records its signature (task-local
 * "conventionText", rendered by the form's text component like the case-file link). The text is a file an
 * administrator may replace (governance.convention.file, a Spring resource location); it is read when each task is
 * created, so a replaced file shows in the next task without a restart.
 */
@Component("conventionText")
public class ConventionText implements TaskListener {

  /** The task-local variable the forms' text component shows. */
  public static final String VARIABLE = "conventionText";

  private final Resource file;

  public ConventionText(ResourceLoader resources,
                        @Value("${governance.convention.file:classpath:convention/self-discipline-convention.md}")
                        String location) {
    this.file = resources.getResource(location);
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(VARIABLE, text());
  }

  /** The convention as the file has it now. */
  public String text() {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the self-discipline convention from " + file, e);
    }
  }
}
