package org.hezuo.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh copy of the assembled host ({@code target/hezuo}) started with {@code bin/hezuo} on a
 * free port, its Felix cache, rule history and logs inside the copy. Ready when the console answers
 * and a rule base is in force (the packs are compiled in the background after start).
 *
 * @see ConsoleBrowserIT
 */
final class AssembledHost implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

  private final Path home;
  private final int port;
  private final Process process;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AssembledHost(Path home, int port, Process process) {
    this.home = home;
    this.port = port;
    this.process = process;
  }

  /**
   * Copies the host into {@code work/hezuo} (without any {@code data/} left by earlier runs) and
   * starts it without the interactive shell.
   */
  static AssembledHost start(Path distribution, Path work) throws IOException {
    if (!Files.isRegularFile(distribution.resolve("bin/hezuo"))) {
      throw new IllegalStateException(
          "no assembled host at " + distribution + " (run mvn package first)");
    }
    deleteTree(work);
    Path home = work.resolve("hezuo");
    copyTree(distribution, home);
    int port = freePort();
    ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("bin/hezuo").toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("JAVA_OPTS", "-Dgosh.args=--nointeractive");
    pb.environment().put("HEZUO_HTTP_PORT", String.valueOf(port));
    pb.environment().put("HEZUO_HTTP_HOST", "127.0.0.1");
    pb.redirectErrorStream(true).redirectOutput(work.resolve("host-console.log").toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return new AssembledHost(home, port, pb.start());
  }

  /** Waits until the console answers and a rule base is in force; fails early if the host dies. */
  void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the host exited with " + process.exitValue() + " before it was ready; see " + logs());
      }
      try {
        HttpResponse<String> r = get("/hezuo/api/rules/status", "policy", "policy123");
        last = r.statusCode() + " " + r.body();
        if (r.statusCode() == 200 && r.body().contains("\"versionInForce\":\"")) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "the host was not ready after "
            + READY_TIMEOUT.toSeconds()
            + " s (last answer: "
            + last
            + "); see "
            + logs());
  }

  /** GET with HTTP Basic, as a user of the demo user store. */
  HttpResponse<String> get(String path, String user, String password)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest req =
        HttpRequest.newBuilder(base().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + basic)
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  Path home() {
    return home;
  }

  /** Where the host writes: its console output and {@code data/log/}. */
  List<Path> logs() {
    Path dir = home.resolve("data/log");
    try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      return Stream.concat(Stream.of(home.getParent().resolve("host-console.log")), s.sorted())
          .toList();
    } catch (IOException e) {
      return List.of(home.getParent().resolve("host-console.log"));
    }
  }

  /** Stops the framework (SIGTERM runs Felix's shutdown hook), and kills it if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path rel = from.relativize(p);
        if (rel.startsWith("data")) {
          continue; // Felix caches and logs of earlier runs (the smoke test runs in place)
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
