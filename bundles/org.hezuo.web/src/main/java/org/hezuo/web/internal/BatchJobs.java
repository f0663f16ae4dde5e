package org.hezuo.web.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hezuo.documents.CaseBatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk's batches that run in the background: a small bounded pool of threads, the jobs by id
 * with their progress and the rows of the manifest, and the zip once done. A job is seen only by the
 * user who started it; finished jobs and their files are dropped after an hour or when more than
 * {@link #KEEP} are kept.
 *
 * @see BatchEndpoints
 */
final class BatchJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BatchJobs.class);
  /** Rows listed per job; more are counted but not listed. */
  static final int MAX_ROWS = 2000;
  /** Finished jobs kept at most. */
  static final int KEEP = 20;
  /** How long a finished job is kept. */
  static final Duration TTL = Duration.ofHours(1);
  /** Jobs one user may have running or waiting at once: the pool is shared by every clerk. */
  static final int PER_USER = 2;

  /** The work of one job: run the batch, telling the job after every row; returns the zip or throws. */
  @FunctionalInterface
  interface Work {
    /**
     * Runs.
     *
     * @param job the job to tell
     * @throws Exception on failure; {@link Failure} carries the code and message to show
     */
    void run(Job job) throws Exception;
  }

  /** Why a job was not started: the HTTP status, the project's error code and a Chinese message. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Refused(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  /** A failure with the project's error code and a Chinese message. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Failure(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  /** One job. */
  static final class Job {
    final String id;
    final String user;
    final String template;
    final String file;
    final Path work;
    final Instant started;
    private volatile String state = "running";
    private volatile Instant finished;
    private volatile Integer total;
    private volatile int done;
    private volatile int ok;
    private volatile int failed;
    private volatile String code;
    private volatile String message;
    private volatile Path zip;
    private volatile boolean truncated;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Job(String id, String user, String template, String file, Path work, Instant started) {
      this.id = id;
      this.user = user;
      this.template = template;
      this.file = file;
      this.work = work;
      this.started = started;
    }

    /** One row is done (the batch's thread). */
    void row(int row, int rowsTotal, String status, String reason) {
      total = rowsTotal < 0 ? null : rowsTotal;
      if (status.equals("error")) {
        failed++;
      } else {
        ok++;
      }
      done++;
      synchronized (rows) {
        if (rows.size() < MAX_ROWS) {
          rows.add(line(row, "", status, reason));
        } else {
          truncated = true;
        }
      }
    }

    /** The manifest's rows, with their files, once the batch is over. */
    void rows(List<Map<String, Object>> manifest) {
      synchronized (rows) {
        rows.clear();
        rows.addAll(manifest.subList(0, Math.min(MAX_ROWS, manifest.size())));
        truncated = manifest.size() > MAX_ROWS;
      }
    }

    void counts(int rowsTotal, int okRows, int failedRows) {
      total = rowsTotal;
      ok = okRows;
      failed = failedRows;
      done = okRows + failedRows;
    }

    void zip(Path z) {
      zip = z;
    }

    Path zip() {
      return zip;
    }

    String state() {
      return state;
    }

    int ok() {
      return ok;
    }

    /** The address of this job's progress. */
    String address() {
      return "/hezuo/api/documents/batches/" + id;
    }

    /** What the list of a user's jobs shows: everything but the rows. */
    Map<String, Object> summary() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", id);
      v.put("state", state);
      v.put("template", template);
      v.put("file", file);
      v.put("started", started.toString());
      v.put("finished", finished == null ? null : finished.toString());
      v.put("total", total);
      v.put("done", done);
      v.put("ok", ok);
      v.put("failed", failed);
      if (code != null) {
        v.put("code", code);
        v.put("message", message);
      }
      v.put("status", address());
      return v;
    }

    /** What the status endpoint shows: the summary and the rows. */
    Map<String, Object> view() {
      Map<String, Object> v = summary();
      synchronized (rows) {
        v.put("rows", List.copyOf(rows));
      }
      v.put("truncated", truncated);
      if (state.equals("done")) {
        v.put("zip", address() + "/zip");
      }
      return v;
    }
  }

  private final ThreadPoolExecutor pool;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  private final int perUser;

  BatchJobs(int threads, int queue, int perUser, Clock clock) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, "hezuo-batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.pool.allowCoreThreadTimeOut(true);
    this.perUser = perUser;
    this.clock = clock;
  }

  BatchJobs() {
    this(2, 8, PER_USER, Clock.systemUTC());
  }

  /**
   * Starts a job.
   *
   * @return the job
   * @throws Refused 429 when the user already has {@code perUser} jobs running or waiting, 503 when
   *     the pool and its queue are full
   */
  synchronized Job start(String user, String template, String file, Path work, Work what) throws Refused {
    purge();
    long mine = jobs.values().stream().filter(j -> j.user.equals(user) && j.finished == null).count();
    if (mine >= perUser) {
      throw new Refused(429, "BATCH_USER_LIMIT",
          "您已有 " + mine + " 个批量生成任务尚未完成，请等其中一个完成后再提交");
    }
    byte[] b = new byte[12];
    random.nextBytes(b);
    Job job = new Job(HexFormat.of().formatHex(b), user, template, file, work, clock.instant());
    jobs.put(job.id, job);
    try {
      pool.execute(() -> run(job, what));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id);
      throw new Refused(503, "BATCH_BUSY", "批量生成任务已满，请稍后再试");
    }
    return job;
  }

  private void run(Job job, Work what) {
    String end = "failed";
    try {
      what.run(job);
      end = "done";
    } catch (Failure e) {
      job.code = e.code;
      job.message = e.getMessage();
    } catch (Exception | Error e) {
      LOG.error("batch {} failed", job.id, e);
      job.code = "INTERNAL";
      job.message = "服务器内部错误，已记录日志，请联系管理员";
    } finally {
      // finished first: whoever sees the job no longer running also sees it finished
      job.finished = clock.instant();
      job.state = end;
    }
  }

  /** The job of this user, or null (also for another user's job). */
  Job find(String id, String user) {
    purge();
    Job j = jobs.get(id);
    return j == null || !j.user.equals(user) ? null : j;
  }

  /** The jobs this user started and that are still kept, newest first. */
  List<Job> of(String user) {
    purge();
    return jobs.values().stream().filter(j -> j.user.equals(user))
        .sorted(Comparator.comparing((Job j) -> j.started).thenComparing(j -> j.id).reversed()).toList();
  }

  /** Drops the finished jobs older than the TTL and the oldest beyond {@link #KEEP}. */
  void purge() {
    Instant now = clock.instant();
    List<Job> finished = new ArrayList<>(jobs.values().stream().filter(j -> j.finished != null).toList());
    finished.sort(Comparator.comparing((Job j) -> j.finished).reversed());
    for (int i = 0; i < finished.size(); i++) {
      Job j = finished.get(i);
      if (i >= KEEP || j.finished.plus(TTL).isBefore(now)) {
        drop(j);
      }
    }
  }

  private void drop(Job j) {
    if (jobs.remove(j.id, j)) {
      BatchEndpoints.deleteTree(j.work);
    }
  }

  /** The number of jobs kept (tests). */
  int size() {
    return jobs.size();
  }

  /** Stops the pool and removes every job's files. */
  @Override
  public void close() {
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("batch jobs still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Job j : List.copyOf(jobs.values())) {
      jobs.remove(j.id);
      BatchEndpoints.deleteTree(j.work);
    }
  }

  /** Reads manifest.csv: row, file, status, reason (the hash is left out). */
  static List<Map<String, Object>> manifest(Path csv) throws IOException {
    return CaseBatchService.manifestRows(csv).stream()
        .map(m -> line(m.row(), m.file(), m.status(), m.reason())).toList();
  }

  static Map<String, Object> line(int row, String file, String status, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    m.put("file", file);
    m.put("status", status);
    m.put("reason", reason);
    return m;
  }
}
