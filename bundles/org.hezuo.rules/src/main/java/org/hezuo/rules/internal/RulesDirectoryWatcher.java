package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.ActivationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a rules directory and activates it when it has changed and then stayed still for one
 * more poll, so that an editor that writes a file in place or in several steps never gets a
 * half-written file activated. A change that leaves the content hash equal to the version in force
 * (a touch, a save without edits) activates nothing. Editor temp files are ignored.
 */
public final class RulesDirectoryWatcher implements AutoCloseable {
  private final Path dir;
  private final RuleBaseManager manager;
  private final Consumer<ActivationReport> listener;
  private final ScheduledExecutorService timer;
  private String seen;
  private String pending;

  /**
   * Starts polling.
   *
   * @param dir the rules directory
   * @param manager activates the rules
   * @param pollMillis how often to look, e.g. 250
   * @param listener told of every activation attempt (logging, console)
   */
  public RulesDirectoryWatcher(Path dir, RuleBaseManager manager, long pollMillis,
      Consumer<ActivationReport> listener) {
    this.dir = dir;
    this.manager = manager;
    this.listener = listener;
    this.seen = fingerprint();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "hezuo-rules-watcher");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  /** One look: note a change, and activate once the directory has stayed unchanged for a poll. */
  void poll() {
    try {
      String now = fingerprint();
      if (!now.equals(seen)) {
        seen = now;
        pending = now;
        return;
      }
      if (pending != null && pending.equals(now)) {
        pending = null;
        ActivationReport report = manager.activateIfChanged(dir, "文件监视");
        if (report != null) {
          listener.accept(report);
        }
      }
    } catch (RuntimeException e) {
      // a scheduled task that throws is never run again: keep watching whatever happened
      listener.accept(new ActivationReport("", false, "文件监视", dir.toString(), null, null, null,
          java.util.List.of(new RuleProblem(dir.toString(), 0, 0, "WATCH_FAILED",
              "读取规则目录失败：" + e.getMessage())), java.util.List.of(), 0, 0,
          java.time.Instant.now()));
    }
  }

  /** Paths, sizes and modification times of every non-ignored file: cheap to compute each poll. */
  private String fingerprint() {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (RuleSourceLoader.isIgnored(rel)) {
          return;
        }
        try {
          sb.append(rel).append('|').append(Files.size(p)).append('|')
              .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        } catch (IOException e) {
          sb.append(rel).append("|gone\n");
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unreadable:" + e.getMessage();
    }
    return sb.toString();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
