package org.hezuo.api;

import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a case against the rule base in force. Thread-safe. */
@ProviderType
public interface PolicyEvaluator {
  /**
   * Validates the case, then evaluates it with the rule base in force. Invalid input is not an
   * exception: the decision's outcome is {@code INVALID} and its {@code errors} list the fields.
   *
   * @param policyCase the case; its {@code asOf} date (default today) is the day rules are judged on
   * @return the decision, carrying the rule-base version, clauses and rules fired
   * @throws IllegalStateException if no rule base is active (the host is still starting)
   */
  Decision evaluate(PolicyCase policyCase);

  /**
   * The content hash of the rule base in force.
   *
   * @return the version, or {@code null} while none is active
   */
  String version();
}
