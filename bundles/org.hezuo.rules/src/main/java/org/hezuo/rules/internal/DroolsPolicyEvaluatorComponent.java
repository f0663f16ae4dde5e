package org.hezuo.rules.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PolicyEvaluator} and {@link PolicyRules} services: activates the rule packs of the
 * configured directory at start, watches it for changes, and evaluates cases with the rule base in
 * force.
 *
 * @see RuleBaseManager
 */
@Component(service = {PolicyEvaluator.class, PolicyRules.class})
@Designate(ocd = DroolsPolicyEvaluatorConfiguration.class)
public class DroolsPolicyEvaluatorComponent implements PolicyEvaluator, PolicyRules {
  private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEvaluatorComponent.class);

  private final RuleBaseManager manager;
  private final Path rulesDirectory;
  private final RulesDirectoryWatcher watcher;
  /** The first activation when it runs in the background, else null. */
  private final Thread start;
  /** How long stopping waits for a first activation still running. */
  private static final long START_JOIN_MILLIS = 60_000;

  /**
   * Activates the rules of the configured directory and starts watching it.
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
    this(directory(config.rulesDirectory(), context.getProperty("hezuo.rules.dir"), "rules"),
        new RuleBaseManager(validator, DroolsPolicyEvaluatorComponent.class.getClassLoader(),
            Clock.systemDefaultZone(),
            directory(config.stateDirectory(), context.getProperty("hezuo.state.dir"),
                "var/rules-history"),
            config.keepVersions(), engine(validator)),
        config.pollMillis(),
        config.backgroundStart() || Boolean.parseBoolean(context.getProperty("hezuo.rules.background")));
  }

  /**
   * Identifies the code that judges the scenarios: the bundles of the rules engine, the model, the
   * JSON reader and the validator, each with its version and its jar's size and time (or, for a
   * bundle not installed from a file, its install/update time). Replacing or updating any of them
   * makes the scenarios run again at the next activation.
   */
  static String engine(CaseValidator validator) {
    StringBuilder sb = new StringBuilder();
    for (Class<?> c : List.of(DroolsPolicyEvaluatorComponent.class, PolicyCase.class,
        HezuoJson.class, validator.getClass())) {
      Bundle b = FrameworkUtil.getBundle(c);
      if (b == null) {
        return null; // not in a framework: trust nothing
      }
      sb.append(sb.length() == 0 ? "" : ",").append(b.getSymbolicName()).append(':')
          .append(b.getVersion()).append('@').append(installed(b));
    }
    return sb.toString();
  }

  private static String installed(Bundle b) {
    try {
      java.net.URI uri = java.net.URI.create(b.getLocation().replaceFirst("^reference:", ""));
      if ("file".equals(uri.getScheme())) {
        Path jar = Path.of(uri);
        if (java.nio.file.Files.isRegularFile(jar)) {
          // the host starts with a fresh bundle cache each time: the jar itself identifies the build
          return java.nio.file.Files.size(jar) + "/" + java.nio.file.Files.getLastModifiedTime(jar).toMillis();
        }
      }
    } catch (IllegalArgumentException | java.io.IOException | java.nio.file.FileSystemNotFoundException e) {
      // not a file location: fall back to the framework's record
    }
    return Long.toString(b.getLastModified());
  }

  /**
   * For tests: a component over a manager.
   *
   * @param rulesDirectory the rules directory
   * @param manager the manager
   * @param pollMillis how often to look for changes; 0 or less: never
   * @param background whether to register at once and activate the rules in the background (the
   *     services answer "no rule base in force" until then) instead of before registering
   */
  protected DroolsPolicyEvaluatorComponent(Path rulesDirectory, RuleBaseManager manager,
      long pollMillis, boolean background) {
    this.rulesDirectory = rulesDirectory;
    this.manager = manager;
    LOG.debug("rules directory {}, poll {} ms, background start {}", rulesDirectory.toAbsolutePath(),
        pollMillis, background);
    if (background) {
      // the host (web console, shell) comes up at once; evaluations wait for version() != null
      start = new Thread(() -> {
        try {
          log(manager.activate(rulesDirectory, "启动"));
        } catch (RuntimeException | LinkageError e) {
          // the host may stop while the first activation runs (a command line that answered at once)
          LOG.debug("rule activation at start ended early: {}", e.toString());
        }
      }, "hezuo-rules-start");
      start.setDaemon(true);
      start.start();
    } else {
      start = null;
      log(manager.activate(rulesDirectory, "启动"));
    }
    this.watcher = pollMillis > 0
        ? new RulesDirectoryWatcher(rulesDirectory, manager, pollMillis,
            DroolsPolicyEvaluatorComponent::log)
        : null;
  }

  private static void log(ActivationReport report) {
    if (report.activated()) {
      LOG.info("{}", report.summary());
    } else {
      LOG.warn("{}", report.summary());
    }
  }

  /**
   * Stops watching the rules directory, and lets a first activation still running finish: a command
   * line that answered before the rule base was in force would otherwise stop the framework under
   * it, and the framework prints the failed class loads of the closed bundle.
   */
  @Deactivate
  public void deactivate() {
    if (watcher != null) {
      watcher.close();
    }
    if (start != null && start.isAlive()) {
      try {
        start.join(START_JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static Path directory(String configured, String frameworkProperty, String fallback) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (frameworkProperty != null && !frameworkProperty.isBlank()) {
      return Path.of(frameworkProperty);
    }
    return Path.of(fallback);
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

  @Override
  public RulesStatus status() {
    RuleBase rb = manager.inForce();
    List<PackInfo> packs = List.of();
    int passed = 0;
    if (rb != null) {
      Map<String, int[]> counts = new TreeMap<>();
      rb.rulesPerPack().forEach((p, n) -> counts.computeIfAbsent(p, k -> new int[2])[0] = n);
      rb.scenarios().forEach(f -> counts.computeIfAbsent(f.pack(), k -> new int[2])[1]++);
      Map<String, List<String>> types = new TreeMap<>();
      rb.packs().forEach(p -> types.put(p.pack(), p.caseTypes() == null ? List.of()
          : p.caseTypes().stream().map(Enum::name).toList()));
      packs = counts.entrySet().stream()
          .map(e -> new PackInfo(e.getKey(), e.getValue()[0], e.getValue()[1],
              types.getOrDefault(e.getKey(), List.of()))).toList();
      passed = rb.scenarios().size();
    }
    return new RulesStatus(rb == null ? null : rb.version(), rb == null ? null : rb.compiledAt(),
        rulesDirectory.toAbsolutePath().toString(), packs, passed, manager.lastReport(),
        manager.lastRefusal(), manager.ruleErrors());
  }

  @Override
  public ActivationReport validate(Path directory) {
    return manager.validate(directory);
  }

  @Override
  public ActivationReport activate(String actor) {
    ActivationReport r = manager.activate(rulesDirectory, actor);
    log(r);
    return r;
  }

  @Override
  public ActivationReport rollback(String version, String actor) {
    ActivationReport r = manager.rollback(version, actor);
    log(r);
    return r;
  }

  @Override
  public List<ActivationReport> history() {
    return manager.history();
  }

  @Override
  public List<String> versions() {
    return manager.versions();
  }

  @Override
  public List<ScenarioResult> runScenarios(String pack) {
    RuleBase rb = manager.inForce();
    return rb == null ? List.of() : manager.scenarios(rb, pack);
  }
}
