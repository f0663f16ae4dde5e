package org.hezuo.rules.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PolicyEvaluator} service: activates the rule packs of the configured directory at
 * start and evaluates cases with the rule base in force.
 *
 * @see RuleBaseManager
 */
@Component(service = PolicyEvaluator.class)
@Designate(ocd = DroolsPolicyEvaluatorConfiguration.class)
public class DroolsPolicyEvaluatorComponent implements PolicyEvaluator {
  private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEvaluatorComponent.class);

  private final RuleBaseManager manager;
  private final Path rulesDirectory;
  private final RulesDirectoryWatcher watcher;

  /**
   * Activates the rules of the configured directory.
   *
   * @param config the configuration
   * @param validator the case validator
   * @param context the bundle context
   */
  @Activate
  public DroolsPolicyEvaluatorComponent(
      DroolsPolicyEvaluatorConfiguration config,
      @Reference CaseValidator validator,
      BundleContext context) {
    this(directory(config.rulesDirectory(), context.getProperty("hezuo.rules.dir")),
        new RuleBaseManager(validator, DroolsPolicyEvaluatorComponent.class.getClassLoader(),
            Clock.systemDefaultZone()), config.pollMillis());
  }

  /**
   * For tests: a component over a manager.
   *
   * @param rulesDirectory the rules directory
   * @param manager the manager
   * @param pollMillis how often to look for changes; 0 or less: never
   */
  protected DroolsPolicyEvaluatorComponent(Path rulesDirectory, RuleBaseManager manager,
      long pollMillis) {
    this.rulesDirectory = rulesDirectory;
    this.manager = manager;
    LOG.debug("rules directory {}", rulesDirectory.toAbsolutePath());
    log(manager.activate(rulesDirectory));
    this.watcher = pollMillis > 0
        ? new RulesDirectoryWatcher(rulesDirectory, manager, pollMillis, DroolsPolicyEvaluatorComponent::log)
        : null;
  }

  private static void log(ActivationReport report) {
    if (report.activated()) {
      LOG.info("{}", report.summary());
    } else {
      LOG.warn("{}", report.summary());
    }
  }

  /** Stops watching the rules directory. */
  @Deactivate
  public void deactivate() {
    if (watcher != null) {
      watcher.close();
    }
  }

  static Path directory(String configured, String frameworkProperty) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (frameworkProperty != null && !frameworkProperty.isBlank()) {
      return Path.of(frameworkProperty);
    }
    return Path.of("rules");
  }

  @Override
  public Decision evaluate(PolicyCase policyCase) {
    return manager.evaluator().evaluate(policyCase);
  }

  @Override
  public String version() {
    RuleBase rb = manager.inForce();
    return rb == null ? null : rb.version();
  }

  /**
   * The manager, for the shell and console components of this bundle.
   *
   * @return the manager
   */
  public RuleBaseManager manager() {
    return manager;
  }

  /**
   * The directory the rules are read from.
   *
   * @return the directory
   */
  public Path rulesDirectory() {
    return rulesDirectory;
  }
}
