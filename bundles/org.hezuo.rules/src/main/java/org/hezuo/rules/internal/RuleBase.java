package org.hezuo.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A compiled rule base, immutable: what an evaluation needs (the KieBase, parameters, clause
 * registry, which globals the rules declare) and what identifies it (version, rule counts).
 *
 * @param kieBase the compiled rules
 * @param version content hash of the sources
 * @param parameters the packs' parameters
 * @param clauses the clause registry
 * @param globals the global names the rules declare ({@code out}, {@code params})
 * @param rulesPerPack rule count per pack
 * @param ruleSet the sources it was compiled from
 * @param compiledAt when it was compiled
 * @param compileMillis how long compilation took
 */
public record RuleBase(
    KieBase kieBase,
    String version,
    Parameters parameters,
    ClauseRegistry clauses,
    Set<String> globals,
    Map<String, Integer> rulesPerPack,
    RuleSet ruleSet,
    Instant compiledAt,
    long compileMillis) {

  /**
   * Total number of rules.
   *
   * @return the count
   */
  public int ruleCount() {
    return rulesPerPack.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The scenario files of every pack.
   *
   * @return the scenario files
   */
  public List<RuleFile> scenarios() {
    return ruleSet.ofKind(RuleFile.Kind.SCENARIO);
  }
}
