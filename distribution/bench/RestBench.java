import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The client of {@code rest-bench.sh}: waits for a running host, then measures the REST API with
 * real cases. Sub-commands: {@code port}, {@code ready}, {@code evaluate}, {@code generate},
 * {@code jfr FILE} (see {@link JfrTop}); options are {@code key=value}.
 *
 * @see LoadRun
 */
public final class RestBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TEMPLATE = "internship-tripartite-agreement";

  private final Map<String, String> opt;
  private final String api;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private RestBench(Map<String, String> opt) {
    this.opt = opt;
    this.api = "http://127.0.0.1:" + opt.getOrDefault("port", "8080") + "/hezuo/api";
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      opt.put(eq < 0 ? args[i] : args[i].substring(0, eq), eq < 0 ? "" : args[i].substring(eq + 1));
    }
    RestBench b = new RestBench(opt);
    int errors = switch (args.length == 0 ? "" : args[0]) {
      case "port" -> b.port();
      case "ready" -> b.ready();
      case "evaluate" -> b.evaluate();
      case "generate" -> b.generate();
      case "jfr" -> JfrTop.print(Path.of(args[1]), Integer.parseInt(opt.getOrDefault("top", "15")));
      default -> throw new IllegalArgumentException("usage: RestBench port|ready|evaluate|generate|jfr FILE [key=value…]");
    };
    System.exit(errors == 0 ? 0 : 1);
  }

  private int port() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      System.out.println(s.getLocalPort());
    }
    return 0;
  }

  /** Waits until the console answers and a rule version is in force; prints both times. */
  private int ready() throws Exception {
    long start = Long.parseLong(opt.get("start"));
    long deadline = start + 1000L * Integer.parseInt(opt.getOrDefault("timeout", "300"));
    HttpRequest console = get(api.replace("/api", "/console/"), "clerk:clerk123");
    while (status(console) != 200) {
      if (System.currentTimeMillis() > deadline) {
        System.out.println("host not answering on " + api + " after " + opt.getOrDefault("timeout", "300") + " s");
        return 1;
      }
      Thread.sleep(100);
    }
    System.out.printf(Locale.ROOT, "console answers 200 after %.1f s%n", (System.currentTimeMillis() - start) / 1e3);
    HttpRequest status = get(api + "/rules/status", "policy:policy123");
    while (true) {
      HttpResponse<byte[]> r = http.send(status, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode s = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
      if (s != null && s.hasNonNull("versionInForce")) {
        int rules = 0;
        for (JsonNode p : s.get("packs")) {
          rules += p.path("rules").asInt();
        }
        System.out.printf(Locale.ROOT, "rules in force after %.1f s (version %s, %d rules in %d packs, %d scenarios passed)%n",
            (System.currentTimeMillis() - start) / 1e3, s.get("versionInForce").asText(), rules, s.get("packs").size(),
            s.path("scenariosPassed").asInt());
        return 0;
      }
      if (System.currentTimeMillis() > deadline) {
        System.out.println("no rule version in force after " + opt.getOrDefault("timeout", "300") + " s: " + (s == null ? r.statusCode() : s));
        return 1;
      }
      Thread.sleep(250);
    }
  }

  /** POST /cases/evaluate with every example case and the 50-student internship case. */
  private int evaluate() throws Exception {
    String token = csrf();
    List<LoadRun.Kind> kinds = new ArrayList<>();
    for (Map.Entry<String, JsonNode> c : cases().entrySet()) {
      HttpRequest req = post("/cases/evaluate", token, JSON.writeValueAsBytes(c.getValue()));
      HttpResponse<byte[]> first = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      String outcome = outcome(first);
      if (first.statusCode() != 200 || outcome == null) {
        System.out.println(c.getKey() + ": " + first.statusCode() + " " + text(first));
        return 1;
      }
      // every later answer must be 200 with the same outcome as this first one
      kinds.add(new LoadRun.Kind(c.getKey() + " (" + outcome + ")", students(c.getValue()), req,
          r -> r.statusCode() != 200 ? r.statusCode() + " " + text(r)
              : outcome.equals(outcome(r)) ? null : "outcome " + outcome(r) + ", expected " + outcome));
    }
    int errors = measure(kinds, "clients", "50", "duration", "30", "warmup", "60", "REST evaluate");
    // the same clients below saturation: the latency a clerk sees when the host is busy but keeps up
    for (String r : opt.getOrDefault("rates", "").split(",")) {
      if (!r.isBlank()) {
        errors += new LoadRun(http, kinds, Long.parseLong(opt.getOrDefault("pid", "0"))).run(
            Integer.parseInt(opt.getOrDefault("clients", "50")), Double.parseDouble(opt.getOrDefault("rateDuration", "20")),
            Double.parseDouble(r.trim()), "REST evaluate");
      }
    }
    double serial = Double.parseDouble(opt.getOrDefault("serial", "10"));
    if (serial > 0) {
      // one client: the latency of a request without queueing, to set against the in-process evaluation
      errors += new LoadRun(http, kinds, Long.parseLong(opt.getOrDefault("pid", "0"))).run(1, serial, "REST evaluate, 1 client");
    }
    return errors;
  }

  /** POST /documents/{template} (.docx) with the 3-student and the 50-student internship cases. */
  private int generate() throws Exception {
    String token = csrf();
    Map<String, JsonNode> all = cases();
    List<LoadRun.Kind> kinds = new ArrayList<>();
    // the 50-student baseline exceeds the site's intern cap (10 % of 200 staff): give it 1,000 staff
    ObjectNode fifty = (ObjectNode) all.get("post-internship-50");
    ((ObjectNode) fifty.get("enterprise")).put("staffTotal", 1000);
    ((ObjectNode) fifty.get("enterprise").get("posts").get(0)).put("staffOnPost", 500);
    for (String name : List.of("post-internship", "post-internship-50")) {
      ObjectNode body = JSON.createObjectNode();
      body.set("case", all.get(name));
      body.putObject("doc").put("number", "SX〔2026〕1号").put("place", "贵阳").put("date", "2026-08-25").put("copies", 3);
      HttpRequest req = post("/documents/" + TEMPLATE, token, JSON.writeValueAsBytes(body));
      HttpResponse<byte[]> first = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (first.statusCode() != 200) {
        System.out.println(name + ": " + first.statusCode() + " " + text(first));
        return 1;
      }
      kinds.add(new LoadRun.Kind(name + " → " + TEMPLATE + ".docx", students(all.get(name)), req,
          r -> r.statusCode() != 200 ? r.statusCode() + " " + text(r)
              : r.body().length > 1000 && r.body()[0] == 'P' && r.body()[1] == 'K'
                  && r.headers().firstValue("X-Hezuo-Decision-Outcome").isPresent() ? null : "not a .docx"));
    }
    int errors = measure(kinds, "genClients", "4", "genDuration", "20", "genWarmup", "10", "REST generate");
    HttpResponse<byte[]> openapi = http.send(get(api + "/openapi.json", "clerk:clerk123"), HttpResponse.BodyHandlers.ofByteArray());
    if (!new String(openapi.body(), StandardCharsets.UTF_8).contains("batch")) {
      System.out.println("batch (CSV/XLSX → zip): openapi.json has no batch endpoint; not measured");
    }
    return errors;
  }

  private int measure(List<LoadRun.Kind> kinds, String clientsKey, String clients, String durationKey, String duration,
      String warmupKey, String warmup, String title) throws Exception {
    LoadRun run = new LoadRun(http, kinds, Long.parseLong(opt.getOrDefault("pid", "0")));
    int n = Integer.parseInt(opt.getOrDefault(clientsKey, clients));
    int errors = run.run(n, Double.parseDouble(opt.getOrDefault(warmupKey, warmup)), null);
    String jfr = opt.get("jfr");
    if (jfr != null) {
      JfrTop.jcmd(opt.get("pid"), "JFR.start", "name=rest-bench", "settings=" + opt.getOrDefault("jfrSettings", "profile"));
    }
    errors += run.run(n, Double.parseDouble(opt.getOrDefault(durationKey, duration)), title);
    if (jfr != null) {
      JfrTop.jcmd(opt.get("pid"), "JFR.stop", "name=rest-bench", "filename=" + jfr);
    }
    return errors;
  }

  /** The examples by file name, and the 岗位实习 baseline scenario grown to 50 students. */
  private Map<String, JsonNode> cases() throws IOException {
    Map<String, JsonNode> cases = new java.util.LinkedHashMap<>();
    Path home = Path.of(opt.get("home"));
    try (Stream<Path> files = Files.list(home.resolve("examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        cases.put(f.getFileName().toString().replace(".json", ""), JSON.readTree(f.toFile()));
      }
    }
    cases.put("post-internship-50", fiftyStudents(home.resolve("rules/national-internship/tests/post-baseline.json")));
    return cases;
  }

  /** As EvaluationBench.fiftyStudentCase in org.hezuo.rules, so the figures compare. */
  static JsonNode fiftyStudents(Path scenario) throws IOException {
    ObjectNode c = (ObjectNode) JSON.readTree(scenario.toFile()).get("case");
    ArrayNode students = (ArrayNode) c.get("students");
    ObjectNode template = (ObjectNode) students.get(0);
    while (students.size() < 50) {
      int n = students.size();
      ObjectNode s = template.deepCopy();
      s.put("studentNo", template.get("studentNo").asText() + "-" + n);
      s.put("name", template.get("name").asText() + n);
      String first17 = template.get("idNumber").asText().substring(0, 14) + String.format("%03d", 100 + n);
      s.put("idNumber", first17 + checkCharacter(first17));
      students.add(s);
    }
    return c;
  }

  /** ISO 7064 MOD 11-2, as ResidentIdValidator.checkCharacter. */
  static char checkCharacter(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static int students(JsonNode c) {
    return c.path("students").size();
  }

  /** The decision's outcome, found without parsing the whole answer (the client shares the CPU). */
  static String outcome(HttpResponse<byte[]> r) {
    String body = new String(r.body(), StandardCharsets.ISO_8859_1);
    int i = body.indexOf("\"outcome\":\"");
    return i < 0 ? null : body.substring(i + 11, body.indexOf('"', i + 11));
  }

  private String csrf() throws Exception {
    HttpResponse<byte[]> r = http.send(get(api + "/csrf", "clerk:clerk123"), HttpResponse.BodyHandlers.ofByteArray());
    return JSON.readTree(r.body()).get("token").asText();
  }

  private HttpRequest post(String path, String token, byte[] body) {
    return HttpRequest.newBuilder(URI.create(api + path))
        .header("Authorization", basic("clerk:clerk123"))
        .header("Content-Type", "application/json")
        .header("Cookie", "HEZUO_CSRF=" + token)
        .header("X-Hezuo-CSRF", token)
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static HttpRequest get(String url, String user) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).timeout(Duration.ofSeconds(10)).build();
  }

  private int status(HttpRequest r) throws InterruptedException {
    try {
      return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String basic(String userPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(HttpResponse<byte[]> r) {
    String s = new String(r.body(), StandardCharsets.UTF_8);
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
