package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Bounded load test on loopback: 50 concurrent clients POST the 岗位实习 example to
 * {@code /hezuo/api/cases/evaluate} (200 requests each, at most 120 s), reporting p50/p99 latency.
 * The evaluator is a fake, so this measures the web layer (auth, CSRF, JSON in and out).
 * Run with {@code -Dhezuo.load=true}.
 */
@EnabledIfSystemProperty(named = "hezuo.load", matches = "true")
class EvaluateLoadTest {
  static final int CLIENTS = 50;
  static final int PER_CLIENT = 200;

  @Test
  void evaluateP99With50Clients() throws Exception {
    byte[] body = Files.readAllBytes(Path.of("../../examples/post-internship.json"));
    try (DevServer server = new DevServer(0)) {
      String base = "http://127.0.0.1:" + server.port() + "/hezuo/api";
      String auth = "Basic " + Base64.getEncoder().encodeToString("clerk:clerk123".getBytes(StandardCharsets.UTF_8));
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
      String token = "loadtest-token-0123456789abcdef";
      List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger failures = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      long start = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < PER_CLIENT && System.nanoTime() < deadline; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/cases/evaluate"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("Cookie", Csrf.COOKIE + "=" + token).header(Csrf.HEADER, token)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                failures.incrementAndGet();
              }
            } catch (Exception e) {
              failures.incrementAndGet();
            }
            nanos.add(System.nanoTime() - t0);
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdownNow();
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      System.out.printf("evaluate: %d requests, %d clients, %.1f s, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, failures %d%n",
          sorted.size(), CLIENTS, seconds, sorted.size() / seconds, pct(sorted, 50), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, failures.get());
      assertEquals(0, failures.get());
    }
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
