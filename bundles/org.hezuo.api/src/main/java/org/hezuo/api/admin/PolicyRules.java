package org.hezuo.api.admin;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Administration of the rule base for policy staff (shell, web console): status, validation
 * without activation, activation, rollback, history and scenarios. Thread-safe; activations are
 * serialised.
 */
@ProviderType
public interface PolicyRules {
  /**
   * The state of the rule base.
   *
   * @return the status
   */
  RulesStatus status();

  /**
   * Reads, lints, compiles and tests a directory of rule packs without putting it in force.
   *
   * @param directory the directory to check
   * @return what an activation would do
   */
  ActivationReport validate(Path directory);

  /**
   * Activates the rules directory now (as saving a file would).
   *
   * @param actor who asks
   * @return the report
   */
  ActivationReport activate(String actor);

  /**
   * Re-activates a version kept on disk (the last 20 are kept), through the same gates.
   *
   * @param version the version
   * @param actor who asks
   * @return the report; refused when the version is unknown
   */
  ActivationReport rollback(String version, String actor);

  /**
   * The activation attempts, newest first.
   *
   * @return the history
   */
  List<ActivationReport> history();

  /**
   * The versions whose sources are kept on disk, newest first.
   *
   * @return the versions
   */
  List<String> versions();

  /**
   * Runs the scenarios of the version in force.
   *
   * @param pack a pack name, or null for all
   * @return one result per scenario
   */
  List<ScenarioResult> runScenarios(String pack);
}
