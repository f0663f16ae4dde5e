package org.hezuo.rules.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.hezuo.api.model.CaseType;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule base, immutable: what an evaluation needs (one KieBase per pack, parameters,
 * clause registry) and what identifies it (version, rule counts). Packs are compiled and cached
 * separately so that saving one file recompiles only its pack; a case is evaluated by every pack.
 *
 * @param packs the compiled packs, in name order
 * @param version content hash of the sources
 * @param parameters the packs' parameters
 * @param clauses the clause registry
 * @param valueLabels what the computed values mean
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
    ValueLabels valueLabels,
    Map<String, Integer> rulesPerPack,
    RuleSet ruleSet,
    Instant compiledAt,
    long compileMillis) {

  /**
   * One pack compiled on its own, with what evaluating it needs at hand: the fact types its rules
   * match (so that a case's facts go only to the packs that can see them) and a pool of sessions
   * (a pooled session keeps its node memories between cases and is reset when released).
   *
   * @param pack the pack name
   * @param hash content hash of its rule files (the cache key)
   * @param kieBase its rules
   * @param globals the globals its rules declare
   * @param dated whether any of its rules carries {@code @effective} or {@code @expires}
   * @param factTypes the classes its patterns match (the Rete's object type nodes); null when a
   *     pattern matches something other than a Java class, then every fact is inserted
   * @param sessions its session pool
   * @param acceptance per fact class, whether {@link #accepts} it
   * @param caseTypes the case types its rules can fire for ({@link CaseTypeGuard}); null for all
   */
  public record PackBase(String pack, String hash, KieBase kieBase, Set<String> globals,
      boolean dated, Set<Class<?>> factTypes, KieSessionsPool sessions,
      ClassValue<Boolean> acceptance, Set<CaseType> caseTypes) {

    /**
     * A pack over a freshly built KieBase.
     *
     * @param pack the pack name
     * @param hash content hash of its rule files
     * @param kieBase its rules
     * @param globals the globals its rules declare
     * @param dated whether any rule is dated
     * @return the pack
     */
    public static PackBase of(String pack, String hash, KieBase kieBase, Set<String> globals,
        boolean dated) {
      Set<Class<?>> types = factTypes(kieBase);
      return new PackBase(pack, hash, kieBase, globals, dated, types,
          kieBase.newKieSessionsPool(1), new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
              return types == null || types.stream().anyMatch(t -> t.isAssignableFrom(type));
            }
          }, CaseTypeGuard.of(kieBase));
    }

    /**
     * Whether some rule of the pack can fire for a case of this type; when none can, the case is
     * not put through the pack at all.
     *
     * @param type the case type
     * @return false only when every rule is limited to other types
     */
    public boolean appliesTo(CaseType type) {
      return caseTypes == null || caseTypes.contains(type);
    }

    /**
     * Whether a fact of this class can match any pattern of the pack. A fact that no object type
     * node accepts would be stored by the session and never looked at again.
     *
     * @param type the fact's class
     * @return true when it should be inserted
     */
    public boolean accepts(Class<?> type) {
      return acceptance.get(type);
    }

    private static Set<Class<?>> factTypes(KieBase kieBase) {
      if (!(kieBase instanceof InternalRuleBase rb)) {
        return null;
      }
      Set<Class<?>> types = new HashSet<>();
      for (EntryPointNode ep : rb.getRete().getEntryPointNodes().values()) {
        for (ObjectType ot : ep.getObjectTypeNodes().keySet()) {
          if (!(ot instanceof ClassObjectType cot) || cot.getClassType() == null) {
            return null;
          }
          types.add(cot.getClassType());
        }
      }
      return Set.copyOf(types);
    }
  }

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
