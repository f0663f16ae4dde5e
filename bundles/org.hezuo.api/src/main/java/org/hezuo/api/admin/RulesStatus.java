package org.hezuo.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * The state of the rule base.
 *
 * @param versionInForce the version in force, or null while none is
 * @param activatedAt when it was put in force
 * @param rulesDirectory the directory watched
 * @param packs the packs of the version in force
 * @param scenariosPassed scenarios passed by the version in force
 * @param lastReport the last activation attempt, or null
 * @param lastRefusal the last refused attempt, or null
 * @param ruleErrors rules of the version in force that failed while judging cases (each case
 *     concerned went to review), one entry per rule and place, the latest first; at most 20
 */
public record RulesStatus(
    String versionInForce,
    Instant activatedAt,
    String rulesDirectory,
    List<PackInfo> packs,
    int scenariosPassed,
    ActivationReport lastReport,
    ActivationReport lastRefusal,
    List<RuleProblem> ruleErrors) {

  /**
   * Copies the list.
   *
   * @param versionInForce version
   * @param activatedAt time
   * @param rulesDirectory directory
   * @param packs packs
   * @param scenariosPassed scenarios passed
   * @param lastReport last report
   * @param lastRefusal last refusal
   * @param ruleErrors rule errors of the version in force
   */
  public RulesStatus {
    packs = List.copyOf(packs);
    ruleErrors = ruleErrors == null ? List.of() : List.copyOf(ruleErrors);
  }

  /**
   * A status without rule errors (API 1.0).
   *
   * @param versionInForce version
   * @param activatedAt time
   * @param rulesDirectory directory
   * @param packs packs
   * @param scenariosPassed scenarios passed
   * @param lastReport last report
   * @param lastRefusal last refusal
   */
  public RulesStatus(String versionInForce, Instant activatedAt, String rulesDirectory,
      List<PackInfo> packs, int scenariosPassed, ActivationReport lastReport,
      ActivationReport lastRefusal) {
    this(versionInForce, activatedAt, rulesDirectory, packs, scenariosPassed, lastReport,
        lastRefusal, List.of());
  }
}
