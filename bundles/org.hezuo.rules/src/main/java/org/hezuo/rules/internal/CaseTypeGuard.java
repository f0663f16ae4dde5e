package org.hezuo.rules.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which case types a pack's rules can fire for, read from their conditions: a rule whose conditions
 * begin with {@code PolicyCase( caseType == CaseType.X || caseType == CaseType.Y … )} can only fire
 * for those types, since a session holds one case. A pack whose every rule is limited so is not run
 * for a case of another type (its session would be set up, fed and reset for nothing). Any rule
 * whose limit is not written in that plain form (a rule without a case pattern, {@code !=}, a
 * limit inside {@code or}, {@code not} or {@code exists}…) counts as firing for every type, and then
 * the whole pack runs for every case: reading a limit wrongly would drop findings.
 */
final class CaseTypeGuard {
  private static final Pattern ONE = Pattern.compile("caseType\\s*==\\s*(?:CaseType\\s*\\.\\s*)?([A-Z_]+)");

  private CaseTypeGuard() {
  }

  /**
   * The case types some rule of a pack can fire for.
   *
   * @param kieBase the pack's rules
   * @return the types, or null when some rule is not limited to certain types
   */
  static Set<CaseType> of(KieBase kieBase) {
    Set<CaseType> types = EnumSet.noneOf(CaseType.class);
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        Set<CaseType> limit = r instanceof RuleImpl ri ? limit(ri.getLhs()) : null;
        if (limit == null) {
          return null;
        }
        types.addAll(limit);
      }
    }
    return java.util.Collections.unmodifiableSet(types);
  }

  /** The types a rule's conditions admit, or null when they are not limited in the plain form. */
  static Set<CaseType> limit(GroupElement lhs) {
    if (lhs == null || !lhs.isAnd()) {
      return null;
    }
    for (RuleConditionElement e : lhs.getChildren()) {
      if (e instanceof org.drools.base.rule.Pattern p && p.getSource() == null
          && p.getObjectType() instanceof ClassObjectType t && t.getClassType() == PolicyCase.class) {
        for (Constraint c : p.getConstraints()) {
          if (c.getType() == Constraint.ConstraintType.ALPHA && c instanceof MVELConstraint m) {
            Set<CaseType> types = types(m.getExpression());
            if (types != null) {
              return types;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The types of {@code caseType == CaseType.X || caseType == CaseType.Y}, or null for anything
   * else.
   *
   * @param expression a constraint as written
   * @return the types, or null
   */
  static Set<CaseType> types(String expression) {
    if (expression == null) {
      return null;
    }
    String x = expression.trim();
    while (x.startsWith("(") && x.endsWith(")")) {
      x = x.substring(1, x.length() - 1).trim();
    }
    Set<CaseType> types = EnumSet.noneOf(CaseType.class);
    for (String part : x.split("\\|\\|", -1)) {
      String one = part.trim();
      while (one.startsWith("(") && one.endsWith(")")) {
        one = one.substring(1, one.length() - 1).trim();
      }
      Matcher m = ONE.matcher(one);
      if (!m.matches()) {
        return null;
      }
      try {
        types.add(CaseType.valueOf(m.group(1)));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return types;
  }
}
