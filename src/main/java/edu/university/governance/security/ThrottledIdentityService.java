package edu.university.governance.security;

import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Every password check of the engine, whatever the channel (Basic on /engine-rest and /api, the webapps'
 * login, identity/verify), counted against the client address of the request it serves. Camunda's own
 * per-account delay and lock are turned off in application.yaml (loginMaxAttempts, loginDelayBase,
 * loginDelayMaxTime), so a stranger's wrong guesses never lock or delay the account they name.
 * An address that must still wait is refused before the password is looked at, here as well as with
 * 429 in {@link LoginThrottleFilter}.
 */
public class ThrottledIdentityService extends IdentityServiceImpl {

  private final LoginThrottle throttle;

  public ThrottledIdentityService(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = throttle.currentClient();
    if (address == null) {
      return super.checkPassword(userId, password);
    }
    if (!throttle.waitFor(address).isZero()) {
      return false;
    }
    boolean valid = super.checkPassword(userId, password);
    if (valid) {
      throttle.succeeded(address, userId);
    } else {
      throttle.failed(address, userId);
    }
    return valid;
  }

  /** Installs the service in the engine before the engine builds its services. */
  public static class Plugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    public Plugin(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setIdentityService(new ThrottledIdentityService(throttle));
    }
  }
}
