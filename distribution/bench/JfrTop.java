import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of the host: CPU samples by layer (the innermost non-JDK frame), by
 * top frame and by Hezuo method (inclusive); allocation by the allocating non-JDK frame; GC pauses
 * and contended monitors. Also starts and stops recordings with {@code jcmd}.
 *
 * @see RestBench
 */
final class JfrTop {
  private static final String[][] LAYERS = {
    {"org.drools.", "Drools"}, {"org.kie.", "Drools"}, {"org.mvel2.", "Drools"},
    {"org.hibernate.validator.", "Bean Validation"}, {"jakarta.validation.", "Bean Validation"},
    {"org.glassfish.expressly.", "Bean Validation"}, {"jakarta.el.", "Bean Validation"},
    {"com.fasterxml.jackson.", "Jackson"},
    {"org.hezuo.rules.", "Hezuo rules"}, {"org.hezuo.validation.", "Hezuo validation"},
    {"org.hezuo.web.", "Hezuo web"}, {"org.hezuo.documents.", "Hezuo documents"},
    {"org.hezuo.json.", "Hezuo json"}, {"org.hezuo.api.", "Hezuo api (model)"},
    {"org.eclipse.jetty.", "Jetty / HTTP whiteboard"}, {"org.apache.felix.http.", "Jetty / HTTP whiteboard"},
    {"org.ops4j.pax.logging.", "logging"}, {"org.apache.logging.", "logging"},
    {"org.apache.felix.", "Felix"}, {"org.osgi.", "Felix"},
  };

  private JfrTop() {}

  static void jcmd(String pid, String... command) throws IOException, InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
    List<String> cmd = new java.util.ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), pid));
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Could not")) {
      System.out.println("jcmd " + String.join(" ", command) + ": " + out);
    }
  }

  static int print(Path file, int top) throws IOException {
    Map<String, Long> layer = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> alloc = new HashMap<>();
    Map<String, Long> monitors = new HashMap<>();
    Map<String, Long> threadLoad = new HashMap<>();
    Map<String, Long> periods = new HashMap<>();
    long samples = 0;
    long allocTotal = 0;
    long gcCount = 0;
    Duration gcPause = Duration.ZERO;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      RecordedStackTrace st = e.getStackTrace();
      switch (type) {
        case "jdk.ExecutionSample" -> {
          if (st == null || st.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = st.getFrames();
          add(self, method(frames.get(0)), 1);
          add(layer, layer(frames), 1);
          Set<String> seen = new HashSet<>();
          for (RecordedFrame f : frames) {
            String m = method(f);
            if (m.startsWith("org.hezuo.") && seen.add(m)) {
              add(inclusive, m, 1);
            }
          }
        }
        case "jdk.ObjectAllocationSample" -> {
          long w = e.getLong("weight");
          allocTotal += w;
          add(alloc, st == null ? "?" : firstOwn(st.getFrames()), w);
        }
        case "jdk.GarbageCollection" -> {
          gcCount++;
          gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
        }
        case "jdk.JavaMonitorEnter" -> add(monitors, e.getClass("monitorClass").getName(), e.getDuration().toNanos());
        case "jdk.ThreadCPULoad" -> {
          // fractions of the whole machine over the last period; summed per thread group, then averaged
          String group = group(e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName());
          add(threadLoad, group, Math.round(1e6 * (e.getFloat("user") + e.getFloat("system"))));
          periods.merge(e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName(), 1L, Long::sum);
        }
        default -> { }
      }
    }
    System.out.printf(Locale.ROOT, "%n%s: %d CPU samples; GC %d collections, %.0f ms paused in all%n",
        file.getFileName(), samples, gcCount, gcPause.toNanos() / 1e6);
    long perThread = periods.values().stream().mapToLong(Long::longValue).max().orElse(1);
    table("CPU by thread group (jdk.ThreadCPULoad)", threadLoad, 1_000_000L * perThread, top, "% of machine");
    table("CPU by layer (innermost non-JDK frame)", layer, samples, top, "%");
    table("CPU, top frames (self)", self, samples, top, "%");
    table("CPU, Hezuo methods (inclusive)", inclusive, samples, top, "%");
    table("allocation by allocating frame (first non-JDK)", alloc, allocTotal, top, "%");
    if (!monitors.isEmpty()) {
      table("contended monitors (≥ 10 ms each), ms waited", monitors, 1_000_000, top, "ms");
    }
    return 0;
  }

  private static void table(String title, Map<String, Long> counts, long total, int top, String unit) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(en -> System.out.printf(Locale.ROOT, "  %6.1f %s  %s%n",
            unit.equals("ms") ? en.getValue() / (double) total : 100.0 * en.getValue() / Math.max(1, total), unit, en.getKey()));
  }

  private static String group(String thread) {
    if (thread == null) {
      return "?";
    }
    if (thread.startsWith("qtp")) {
      return "Jetty threads (requests, selector, acceptor)";
    }
    if (thread.contains("Compiler")) {
      return "JIT compiler";
    }
    if (thread.startsWith("G1") || thread.startsWith("GC") || thread.contains("GC Thread")) {
      return "GC";
    }
    return thread.replaceAll("[-#]?\\d+$", "");
  }

  private static String layer(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String cls = f.getMethod().getType().getName();
      for (String[] l : LAYERS) {
        if (cls.startsWith(l[0])) {
          return l[1];
        }
      }
      if (!isJdk(cls)) {
        return "other: " + cls;
      }
    }
    return "JDK only: " + method(frames.get(frames.size() - 1));
  }

  private static String firstOwn(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      if (!isJdk(f.getMethod().getType().getName())) {
        return method(f);
      }
    }
    return frames.isEmpty() ? "?" : method(frames.get(0));
  }

  private static boolean isJdk(String cls) {
    return cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.") || cls.startsWith("com.sun.");
  }

  private static String method(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void add(Map<String, Long> m, String k, long v) {
    m.merge(k, v, Long::sum);
  }
}
