import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A bounded load, cycling each client through the request kinds until the time is up; every
 * response is checked. Closed loop: each client sends its next request as soon as the previous one
 * has been answered. Open loop (a rate): each client sends on its own fixed schedule (the clients'
 * schedules interleaved, together the rate), and a request's latency counts from the moment it was
 * due, so a request held up behind a slow one is charged for the wait (no coordinated omission).
 *
 * @see RestBench
 */
final class LoadRun {
  /**
   * One kind of request.
   *
   * @param name the name in the report
   * @param students students in the case
   * @param request the request (immutable, sent again and again)
   * @param check null when the response is right, else what is wrong
   */
  record Kind(String name, int students, HttpRequest request, Function<HttpResponse<byte[]>, String> check) {}

  private final HttpClient http;
  private final List<Kind> kinds;
  private final long hostPid;

  LoadRun(HttpClient http, List<Kind> kinds, long hostPid) {
    this.http = http;
    this.kinds = kinds;
    this.hostPid = hostPid;
  }

  /** The measured latencies of one kind and its errors. */
  static final class PerKind {
    long[] nanos = new long[1024];
    int count;
    int errors;
    long bytes;

    void add(long n) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = n;
    }
  }

  /**
   * Runs the load.
   *
   * @param clients concurrent clients
   * @param seconds how long
   * @param title the report's heading, or null to run without a report (warm-up)
   * @return the number of errors
   */
  int run(int clients, double seconds, String title) throws InterruptedException {
    return run(clients, seconds, 0, title);
  }

  /**
   * Runs the load.
   *
   * @param clients concurrent clients
   * @param seconds how long
   * @param rate requests per second offered by all clients together, or 0 for a closed loop
   * @param title the report's heading, or null to run without a report (warm-up)
   * @return the number of errors
   */
  int run(int clients, double seconds, double rate, String title) throws InterruptedException {
    List<PerKind[]> perClient = new ArrayList<>();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] deadline = new long[1];
    begin = new long[1];
    for (int c = 0; c < clients; c++) {
      PerKind[] mine = new PerKind[kinds.size()];
      for (int k = 0; k < mine.length; k++) {
        mine[k] = new PerKind();
      }
      perClient.add(mine);
      int first = c % kinds.size();
      // open loop: client c is due at offset + i * interval, the clients' offsets spread over one interval
      long interval = rate > 0 ? (long) (1e9 * clients / rate) : 0;
      long offset = interval * c / clients;
      Thread t = new Thread(() -> client(first, mine, go, deadline, interval, offset, samples), "client-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    String loadBefore = loadAverage();
    long cpu0 = clientCpuNanos();
    long host0 = hostCpuTicks();
    long start = System.nanoTime();
    deadline[0] = start + (long) (seconds * 1e9);
    begin[0] = start;
    go.countDown();
    for (Thread t : threads) {
      // a request times out after 30 s, so every client ends soon after the deadline
      t.join(Math.max(1, (deadline[0] - System.nanoTime()) / 1_000_000) + 40_000);
      if (t.isAlive()) {
        samples.add(t.getName() + " still running 40 s after the deadline");
        t.interrupt();
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double clientCpu = (clientCpuNanos() - cpu0) / 1e9;
    double hostCpu = hostPid > 0 ? (hostCpuTicks() - host0) / 100.0 : Double.NaN;
    PerKind[] total = merge(perClient);
    int errors = Arrays.stream(total).mapToInt(p -> p.errors).sum();
    if (title != null) {
      report(rate > 0 ? String.format(Locale.ROOT, "%s, %.0f req/s offered (open loop)", title, rate) : title,
          clients, wall, total, clientCpu, hostCpu, loadBefore);
    }
    samples.stream().limit(5).forEach(s -> System.out.println("  error: " + s));
    return errors + (int) samples.stream().filter(s -> s.contains("still running")).count();
  }

  private long[] begin;

  private void client(int first, PerKind[] mine, CountDownLatch go, long[] deadline, long interval, long offset,
      ConcurrentLinkedQueue<String> samples) {
    try {
      go.await();
    } catch (InterruptedException e) {
      return;
    }
    int k = first;
    long due = begin[0] + offset;
    while (System.nanoTime() < deadline[0] && !Thread.currentThread().isInterrupted()) {
      Kind kind = kinds.get(k);
      long t0;
      if (interval > 0) {
        if (due >= deadline[0]) {
          break;
        }
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        t0 = due;
        due += interval;
      } else {
        t0 = System.nanoTime();
      }
      String problem;
      long size = 0;
      try {
        HttpResponse<byte[]> r = http.send(kind.request(), HttpResponse.BodyHandlers.ofByteArray());
        size = r.body().length;
        problem = kind.check().apply(r);
      } catch (Exception e) {
        problem = e.toString();
      }
      mine[k].add(System.nanoTime() - t0);
      mine[k].bytes += size;
      if (problem != null) {
        mine[k].errors++;
        if (samples.size() < 20) {
          samples.add(kind.name() + ": " + problem);
        }
      }
      k = (k + 1) % kinds.size();
    }
  }

  private PerKind[] merge(List<PerKind[]> perClient) {
    PerKind[] total = new PerKind[kinds.size()];
    for (int k = 0; k < total.length; k++) {
      total[k] = new PerKind();
      for (PerKind[] c : perClient) {
        for (int i = 0; i < c[k].count; i++) {
          total[k].add(c[k].nanos[i]);
        }
        total[k].errors += c[k].errors;
        total[k].bytes += c[k].bytes;
      }
      Arrays.sort(total[k].nanos, 0, total[k].count);
    }
    return total;
  }

  private void report(String title, int clients, double wall, PerKind[] total, double clientCpu, double hostCpu, String loadBefore) {
    PerKind all = new PerKind();
    for (PerKind p : total) {
      for (int i = 0; i < p.count; i++) {
        all.add(p.nanos[i]);
      }
      all.errors += p.errors;
      all.bytes += p.bytes;
    }
    Arrays.sort(all.nanos, 0, all.count);
    System.out.printf(Locale.ROOT, "%n%s: %d clients, %.1f s, %d requests = %.0f req/s, %.1f MB/s received, errors %d%n",
        title, clients, wall, all.count, all.count / wall, all.bytes / wall / 1e6, all.errors);
    System.out.printf(Locale.ROOT, "  CPU: host %.1f s = %.2f ms per request, this client %.1f s, over %.1f s wall on %d cores; load average %s -> %s%n",
        hostCpu, hostCpu * 1e3 / Math.max(1, all.count), clientCpu, wall, Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAverage());
    System.out.println("| kind | students | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int k = 0; k < total.length; k++) {
      row(kinds.get(k).name(), String.valueOf(kinds.get(k).students()), total[k], wall);
    }
    if (total.length > 1) {
      row("**all**", "", all, wall);
    }
  }

  private static void row(String name, String students, PerKind p, double wall) {
    if (p.count == 0) {
      System.out.printf(Locale.ROOT, "| %s | %s | 0 | | | | | | %d |%n", name, students, p.errors);
      return;
    }
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n",
        name, students, p.count, p.count / wall, pct(p, 50), pct(p, 90), pct(p, 99), p.nanos[p.count - 1] / 1e6, p.errors);
  }

  /** Nearest-rank percentile in milliseconds. */
  static double pct(PerKind p, double q) {
    int rank = (int) Math.ceil(q / 100.0 * p.count);
    return p.nanos[Math.max(0, Math.min(p.count - 1, rank - 1))] / 1e6;
  }

  private static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** utime + stime of the host in clock ticks (USER_HZ, 100 on Linux). */
  private long hostCpuTicks() {
    if (hostPid <= 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + hostPid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "?";
    }
  }
}
