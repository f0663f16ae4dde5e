package org.hezuo.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A compiled rule base, immutable: what an evaluation needs (one KieBase per pack, parameters,
 * clause registry) and what identifies it (version, rule counts). Packs are compiled and cached
 * separately so that saving one file recompiles only its pack; a case is evaluated by every pack.
 *
 * @param packs the compiled packs, in name order
 * @param version content hash of the sources
 * @param parameters the packs' parameters
 * @param clauses the clause registry
 * @param rulesPerPack rule count per pack
 * @param ruleSet the sources it was compiled from
 * @param compiledAt when it was compiled
 * @param compileMillis how long compilation took
 */
public record RuleBase(
    List<PackBase> packs,
    String version,
    Parameters parameters,
    ClauseRegistry clauses,
    Map<String, Integer> rulesPerPack,
    RuleSet ruleSet,
    Instant compiledAt,
    long compileMillis) {

  /**
   * One pack compiled on its own.
   *
   * @param pack the pack name
   * @param hash content hash of its rule files (the cache key)
   * @param kieBase its rules
   * @param globals the globals its rules declare
   * @param dated whether any of its rules carries {@code @effective} or {@code @expires}
   */
  public record PackBase(String pack, String hash, KieBase kieBase, Set<String> globals,
      boolean dated) {}

  /**
   * The KieBase of one pack.
   *
   * @param pack the pack name
   * @return its KieBase, or null
   */
  public KieBase kieBaseOf(String pack) {
    return packs.stream().filter(p -> p.pack().equals(pack)).map(PackBase::kieBase).findFirst()
        .orElse(null);
  }

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
