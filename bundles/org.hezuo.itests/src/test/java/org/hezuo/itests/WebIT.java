package org.hezuo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.hezuo.api.PolicyEvaluator;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The web bundle on the HTTP Whiteboard (Felix Jetty 12) inside Felix, over real HTTP on a free
 * loopback port: identity from the OA header and the role map, case evaluation with the rule
 * version, field errors for a bad case, 403 for a clerk on a policy endpoint, the console page.
 * The rules are a copy of the teacher-practice pack only (the sample case needs no other).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebIT extends HezuoTestSupport {

  private static final String POLICY_USER = "wangjg";
  private static final String CLERK_USER = "lixh";

  /** Set once per framework: the port Jetty listens on. */
  private static int port;

  @Inject
  @Filter(timeout = 300_000)
  private PolicyEvaluator evaluator;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Configuration
  public Option[] configuration() {
    return new Option[] {baseConfiguration()};
  }

  @Override
  protected Path rulesDirectory() {
    return RulesCopy.of("teacher-practice");
  }

  /** Opens the connector (off in the base configuration) and sets the OA role map, once. */
  @Before
  public void serve() throws Exception {
    if (port != 0) {
      return;
    }
    int free;
    try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      free = s.getLocalPort();
    }
    ServiceReference<ConfigurationAdmin> ref = bundleContext.getServiceReference(ConfigurationAdmin.class);
    ConfigurationAdmin cm = bundleContext.getService(ref);
    try {
      Hashtable<String, Object> web = new Hashtable<>();
      web.put("role.map", new String[] {POLICY_USER + "=policy"});
      cm.getConfiguration("org.hezuo.web", "?").update(web);
      Hashtable<String, Object> jetty = new Hashtable<>();
      jetty.put("org.apache.felix.http.enable", "true");
      jetty.put("org.apache.felix.http.host", "127.0.0.1");
      jetty.put("org.osgi.service.http.port", String.valueOf(free));
      cm.getConfiguration("org.apache.felix.http", "?").update(jetty);
    } finally {
      bundleContext.ungetService(ref);
    }
    port = free;
    // the connector is up and the role map applied
    long deadline = System.currentTimeMillis() + 60_000;
    String last = "";
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<String> r = get("/hezuo/api/me", POLICY_USER);
        last = r.statusCode() + " " + r.body();
        if (r.statusCode() == 200 && r.body().contains("\"POLICY\"")) {
          return;
        }
      } catch (java.io.IOException e) {
        last = e.toString();
      }
      Thread.sleep(200);
    }
    fail("the web API did not answer on port " + port + ": " + last);
  }

  @Test
  public void theWebBundleIsActive() {
    for (Bundle b : bundleContext.getBundles()) {
      if (b.getSymbolicName().equals("org.hezuo.web")) {
        assertEquals(Bundle.ACTIVE, b.getState());
        return;
      }
    }
    fail("org.hezuo.web not installed");
  }

  @Test
  public void meAnswersTheConfiguredIdentityAndRole() throws Exception {
    HttpResponse<String> policy = get("/hezuo/api/me", POLICY_USER);
    assertEquals(policy.body(), 200, policy.statusCode());
    Map<String, Object> me = Json.map(policy.body());
    assertEquals(POLICY_USER, me.get("user"));
    assertEquals("POLICY", me.get("role"));
    HttpResponse<String> clerk = get("/hezuo/api/me", CLERK_USER);
    assertEquals(200, clerk.statusCode());
    assertEquals("CLERK", Json.map(clerk.body()).get("role"));
  }

  @Test
  public void evaluateAnswersTheDecisionWithItsRuleVersion() throws Exception {
    byte[] sample = Files.readAllBytes(examplesDir().resolve("teacher-practice.json"));
    HttpResponse<String> r = post("/hezuo/api/cases/evaluate", CLERK_USER, sample);
    assertEquals(r.body(), 200, r.statusCode());
    Map<String, Object> d = Json.map(r.body());
    assertEquals("JNJD-TP-2025-017", d.get("caseId"));
    assertNotNull(d.get("outcome"));
    assertFalse("INVALID".equals(d.get("outcome")));
    assertEquals(evaluator.version(), d.get("ruleVersion"));
  }

  @Test
  public void aMalformedCaseIsAnswered400WithFieldPaths() throws Exception {
    HttpResponse<String> broken = post("/hezuo/api/cases/evaluate", CLERK_USER,
        "{\"caseId\": \"X-1\", \"caseType\": 42,".getBytes(StandardCharsets.UTF_8));
    assertEquals(broken.body(), 400, broken.statusCode());
    assertTrue(broken.body(), !Json.paths(broken.body()).isEmpty());

    String sample = Files.readString(examplesDir().resolve("teacher-practice.json"), StandardCharsets.UTF_8);
    String noId = sample.replace("\"caseId\": \"JNJD-TP-2025-017\",", "");
    assertFalse("the sample changed: adapt the test", noId.equals(sample));
    HttpResponse<String> invalid = post("/hezuo/api/cases/evaluate", CLERK_USER, noId.getBytes(StandardCharsets.UTF_8));
    assertEquals(invalid.body(), 400, invalid.statusCode());
    assertTrue(invalid.body(), Json.paths(invalid.body()).contains("caseId"));
  }

  @Test
  public void aClerkOnAPolicyEndpointIsForbidden() throws Exception {
    HttpResponse<String> clerk = get("/hezuo/api/rules/status", CLERK_USER);
    assertEquals(clerk.body(), 403, clerk.statusCode());
    HttpResponse<String> policy = get("/hezuo/api/rules/status", POLICY_USER);
    assertEquals(policy.body(), 200, policy.statusCode());
    assertTrue(policy.body(), policy.body().contains(evaluator.version()));
  }

  @Test
  public void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> r = http.send(request("/hezuo/api/cases/evaluate", CLERK_USER)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(
            Files.readAllBytes(examplesDir().resolve("teacher-practice.json")))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(r.body(), 403, r.statusCode());
  }

  @Test
  public void theConsoleAnswersHtml() throws Exception {
    HttpResponse<String> r = get("/hezuo/console/", CLERK_USER);
    assertEquals(r.body(), 200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().toLowerCase().contains("<html"));
  }

  private HttpRequest.Builder request(String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).header("X-Hezuo-User", user);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A POST with the double-submit CSRF token of GET /hezuo/api/csrf. */
  private HttpResponse<String> post(String path, String user, byte[] body) throws Exception {
    HttpResponse<String> csrf = get("/hezuo/api/csrf", user);
    assertEquals(csrf.body(), 200, csrf.statusCode());
    String token = (String) Json.map(csrf.body()).get("token");
    assertTrue(csrf.headers().firstValue("Set-Cookie").orElse(""),
        csrf.headers().firstValue("Set-Cookie").orElse("").contains(token));
    return http.send(request(path, user)
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Cookie", "HEZUO_CSRF=" + token)
        .header("X-Hezuo-CSRF", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** JSON through the JSON bundle's mapper; nested so the driver JVM never loads it. */
  static final class Json {
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) throws Exception {
      return org.hezuo.json.HezuoJson.mapper().readValue(json, Map.class);
    }

    /** The {@code path} of every entry of the answer's {@code errors}. */
    @SuppressWarnings("unchecked")
    static List<String> paths(String json) throws Exception {
      Object errors = map(json).get("errors");
      if (!(errors instanceof List<?> list)) {
        return List.of();
      }
      return list.stream().map(e -> String.valueOf(((Map<String, Object>) e).get("path"))).toList();
    }
  }
}
