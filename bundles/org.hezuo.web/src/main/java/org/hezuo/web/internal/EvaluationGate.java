package org.hezuo.web.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many requests run the rule engine at once; the others wait, parked, in arrival order.
 * Evaluation only uses CPU, so more sessions than cores add no throughput: they add context
 * switches, and contention on the locks Drools shares between sessions (its truth-maintenance
 * registry, passed on every session disposal), where waiting threads spin and burn the CPU the
 * evaluations need.
 *
 * @see CaseEndpoints
 */
final class EvaluationGate {
  private final int limit;
  private final Semaphore permits;

  /**
   * Creates the gate.
   *
   * @param setting the configured limit: 0 for the number of processors, -1 (or less) for none
   */
  EvaluationGate(int setting) {
    this.limit = setting == 0 ? Runtime.getRuntime().availableProcessors() : Math.max(-1, setting);
    this.permits = limit > 0 ? new Semaphore(limit, true) : null;
  }

  /**
   * Runs the work when its turn comes.
   *
   * @param <T> the result type
   * @param work the evaluation
   * @return its result
   * @throws InterruptedException when the thread is interrupted while waiting (the host stops)
   */
  <T> T run(Supplier<T> work) throws InterruptedException {
    if (permits == null) {
      return work.get();
    }
    permits.acquire();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  /**
   * The effective limit.
   *
   * @return requests evaluated at once, or -1 for no limit
   */
  int limit() {
    return limit;
  }
}
