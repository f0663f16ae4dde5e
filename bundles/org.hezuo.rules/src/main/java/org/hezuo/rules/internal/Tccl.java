package org.hezuo.rules.internal;

import java.util.function.Supplier;

/**
 * Runs code with the thread context class loader set to a given loader. Drools looks up its
 * services on the TCCL and caches a failed look-up forever, so every Drools call goes through here.
 */
public final class Tccl {
  private Tccl() {}

  /**
   * Runs {@code work} with {@code loader} as the context class loader, restoring the old one.
   *
   * @param <T> the result type
   * @param loader the loader
   * @param work the work
   * @return its result
   */
  public static <T> T with(ClassLoader loader, Supplier<T> work) {
    Thread t = Thread.currentThread();
    ClassLoader old = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return work.get();
    } finally {
      t.setContextClassLoader(old);
    }
  }
}
