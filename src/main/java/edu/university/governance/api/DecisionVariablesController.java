package edu.university.governance.api;

import edu.university.governance.engine.DecisionVariables;
import java.util.SortedSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The names of the decision variables ({@link DecisionVariables}), beside the webapps' own files so that Cockpit's
 * script (cockpit/scripts/decision-variables.js) reads them without a password: it hides their edit and delete
 * buttons. Names only, the same for everyone; the engine refuses the writes whatever a page shows.
 */
@RestController
public class DecisionVariablesController {

  private final DecisionVariables variables;
  private final ProcessEngine engine;

  public DecisionVariablesController(DecisionVariables variables, ProcessEngine engine) {
    this.variables = variables;
    this.engine = engine;
  }

  @GetMapping(value = "/camunda/app/governance/decision-variables.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public SortedSet<String> names() {
    return variables.names((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
  }
}
