package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobsTest {
  @TempDir Path tmp;

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    volatile Instant now = Instant.parse("2026-09-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static void waitDone(BatchJobs.Job j) throws InterruptedException {
    for (int i = 0; i < 500 && j.state().equals("running"); i++) {
      Thread.sleep(10);
    }
    assertFalse(j.state().equals("running"));
  }

  @Test
  void finishedJobsAndTheirFilesGoAfterAnHourOrBeyondTheLimit() throws Exception {
    MovingClock clock = new MovingClock();
    try (BatchJobs jobs = new BatchJobs(1, 4, 2, clock)) {
      Path first = Files.createDirectories(tmp.resolve("first"));
      BatchJobs.Job a = jobs.start("clerk", "t", "a.csv", first, j -> j.row(1, 1, "ok", ""));
      waitDone(a);
      assertEquals("done", a.state());
      assertNotNull(jobs.find(a.id, "clerk"));
      assertNull(jobs.find(a.id, "someone-else"));
      clock.now = clock.now.plus(BatchJobs.TTL).plus(Duration.ofMinutes(1));
      assertNull(jobs.find(a.id, "clerk"));
      assertFalse(Files.exists(first));

      List<BatchJobs.Job> many = new ArrayList<>();
      for (int i = 0; i < BatchJobs.KEEP + 3; i++) {
        clock.now = clock.now.plusSeconds(1);
        BatchJobs.Job j = jobs.start("clerk", "t", "a.csv", Files.createDirectories(tmp.resolve("j" + i)), x -> {});
        waitDone(j);
        many.add(j);
      }
      jobs.purge();
      assertEquals(BatchJobs.KEEP, jobs.size());
      assertNull(jobs.find(many.get(0).id, "clerk"));
      assertNotNull(jobs.find(many.get(many.size() - 1).id, "clerk"));
    }
  }

  @Test
  void aFullPoolRefusesAndShutdownRemovesTheFiles() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    BatchJobs jobs = new BatchJobs(1, 1, 2, Clock.systemUTC());
    Path dir = Files.createDirectories(tmp.resolve("running"));
    BatchJobs.Job running = jobs.start("clerk", "t", "a.csv", dir, j -> release.await(10, TimeUnit.SECONDS));
    assertNotNull(running);
    assertNotNull(jobs.start("clerk2", "t", "a.csv", Files.createDirectories(tmp.resolve("queued")), j -> {}));
    BatchJobs.Refused full = assertThrows(BatchJobs.Refused.class,
        () -> jobs.start("clerk3", "t", "a.csv", Files.createDirectories(tmp.resolve("refused")), j -> {}));
    assertEquals(503, full.status);
    assertEquals("BATCH_BUSY", full.code);
    assertEquals("running", running.state());
    jobs.close();
    assertFalse(Files.exists(dir));
    assertTrue(jobs.size() == 0);
  }

  @Test
  void oneUserMayHaveTwoUnfinishedJobsOthersStillGetTheirTurn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    MovingClock clock = new MovingClock();
    try (BatchJobs jobs = new BatchJobs(3, 8, 2, clock)) {
      BatchJobs.Job a = jobs.start("clerk", "t", "a.csv", Files.createDirectories(tmp.resolve("a")),
          j -> release.await(10, TimeUnit.SECONDS));
      clock.now = clock.now.plusSeconds(1);
      BatchJobs.Job b = jobs.start("clerk", "t", "b.csv", Files.createDirectories(tmp.resolve("b")),
          j -> release.await(10, TimeUnit.SECONDS));
      BatchJobs.Refused third = assertThrows(BatchJobs.Refused.class,
          () -> jobs.start("clerk", "t", "c.csv", Files.createDirectories(tmp.resolve("c")), j -> {}));
      assertEquals(429, third.status);
      assertEquals("BATCH_USER_LIMIT", third.code);
      assertTrue(third.getMessage().contains("2 个批量生成任务尚未完成"), third.getMessage());
      // another clerk is not held up by this one's jobs
      BatchJobs.Job other = jobs.start("clerk2", "t", "d.csv", Files.createDirectories(tmp.resolve("d")), j -> {});
      waitDone(other);
      // the list shows this user's jobs only, newest first
      assertEquals(List.of(b.id, a.id), jobs.of("clerk").stream().map(j -> j.id).toList());
      assertEquals(List.of(other.id), jobs.of("clerk2").stream().map(j -> j.id).toList());
      assertEquals("running", jobs.of("clerk").get(0).summary().get("state"));
      release.countDown();
      waitDone(a);
      waitDone(b);
      // once one is finished the user may start another
      assertNotNull(jobs.start("clerk", "t", "e.csv", Files.createDirectories(tmp.resolve("e")), j -> {}));
    }
  }
}
