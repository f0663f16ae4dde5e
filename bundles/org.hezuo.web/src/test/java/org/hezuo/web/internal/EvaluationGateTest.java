package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EvaluationGateTest {

  @Test
  void atMostTheLimitRunAtOnceAndEveryRequestRuns() throws Exception {
    EvaluationGate gate = new EvaluationGate(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        results.add(pool.submit(() -> gate.run(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(10);
          running.decrementAndGet();
          return n;
        })));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(i, results.get(i).get(10, TimeUnit.SECONDS));
      }
      assertEquals(2, most.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void zeroMeansOnePerProcessorAndMinusOneNoLimit() throws Exception {
    assertEquals(Runtime.getRuntime().availableProcessors(), new EvaluationGate(0).limit());
    assertEquals(-1, new EvaluationGate(-1).limit());
    assertEquals("ok", new EvaluationGate(-1).run(() -> "ok"));
  }

  @Test
  void aWaitingRequestGivesUpWhenItsThreadIsInterrupted() throws Exception {
    EvaluationGate gate = new EvaluationGate(1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> {
      try {
        gate.run(() -> {
          holding.countDown();
          await(release);
          return null;
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    holder.start();
    assertTrue(holding.await(5, TimeUnit.SECONDS));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        gate.run(() -> "never");
      } catch (InterruptedException e) {
        failure.set(e);
      }
    });
    waiter.start();
    waiter.interrupt();
    waiter.join(5000);
    release.countDown();
    holder.join(5000);
    assertTrue(failure.get() instanceof InterruptedException, String.valueOf(failure.get()));
    assertEquals("after", gate.run(() -> "after"));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
