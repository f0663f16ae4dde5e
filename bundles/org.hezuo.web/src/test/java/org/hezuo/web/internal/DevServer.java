package org.hezuo.web.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves {@link RestApi} over the JDK's HTTP server on loopback, with fake services and the demo
 * users (clerk/clerk123, policy/policy123): for the load test, the browser test and trying the
 * console without Felix. {@code main} runs it on the port given (default 8089).
 */
final class DevServer implements AutoCloseable {
  final HttpServer server;
  final Fakes.Rules rules;

  DevServer(int port) throws IOException {
    Path dir = Files.createTempDirectory("hezuo-dev-rules");
    Files.createDirectories(dir.resolve("national-internship"));
    Files.writeString(dir.resolve("national-internship/age.drl"), "rule \"age\"\nwhen\nthen\nend\n");
    Path manifest = Path.of("../../templates/manifest.json");
    rules = new Fakes.Rules(dir);
    WebSettings settings = WebSettings.defaults("",
        Map.of("clerk", new WebSettings.DemoUser("clerk123", Role.CLERK), "policy", new WebSettings.DemoUser("policy123", Role.POLICY)),
        1_048_576, true, manifest);
    Authenticator auth = new Authenticator(settings);
    RestApi api = ApiServlet.create(settings, new Fakes.Evaluator(), new Fakes.Documents(), Fakes.caseDocuments(settings.templatesManifest()), Fakes.batch(settings.templatesManifest()), rules);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/hezuo", ex -> {
      try (ex) {
        Authenticator.Result who = auth.authenticate(ex.getRequestHeaders()::getFirst);
        ApiResponse r;
        if (who.principal() == null) {
          r = who.refusal();
        } else {
          String path = ex.getRequestURI().getRawPath().substring("/hezuo".length());
          String len = ex.getRequestHeaders().getFirst("Content-Length");
          r = api.handle(new ApiRequest(ex.getRequestMethod(), path, ApiServlet.query(ex.getRequestURI().getRawQuery()),
              ex.getRequestHeaders()::getFirst, len == null ? -1 : Long.parseLong(len), ex.getRequestBody(), who.principal()));
        }
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] body = r.content();
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        }
      }
    });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  public static void main(String[] args) throws Exception {
    DevServer s = new DevServer(args.length > 0 ? Integer.parseInt(args[0]) : 8089);
    System.out.println("http://127.0.0.1:" + s.port() + "/hezuo/console/");
    Thread.sleep(args.length > 1 ? Long.parseLong(args[1]) * 1000 : 600_000);
    s.close();
  }
}
