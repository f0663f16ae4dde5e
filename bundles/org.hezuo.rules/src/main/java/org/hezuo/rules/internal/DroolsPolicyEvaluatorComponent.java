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
            Clock.systemDefaultZone()));
  }

  /**
   * For tests: a component over a manager.
   *
   * @param rulesDirectory the rules directory
   * @param manager the manager
   */
  protected DroolsPolicyEvaluatorComponent(Path rulesDirectory, RuleBaseManager manager) {
    this.rulesDirectory = rulesDirectory;
    this.manager = manager;
    LOG.debug("rules directory {}", rulesDirectory.toAbsolutePath());
    ActivationReport report = manager.activate(rulesDirectory);
    if (report.activated()) {
      LOG.info("{}", report.summary());
    } else {
      LOG.warn("{}", report.summary());
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
