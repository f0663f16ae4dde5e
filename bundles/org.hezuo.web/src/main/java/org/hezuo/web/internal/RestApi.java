package org.hezuo.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front of Hezuo without the servlet API: routing, roles, CSRF, body limits and the error
 * shape. Every failure is a JSON error with a stable code and a Chinese message; bad input is never
 * a 500 and no response carries a stack trace.
 *
 * @see CaseEndpoints
 * @see BatchEndpoints
 * @see RulesEndpoints
 */
public final class RestApi {
  private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

  /** A handler of one route. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Handles a request.
     *
     * @param request the request
     * @param path the matched path groups
     * @return the response
     * @throws IOException when the body cannot be read
     */
    ApiResponse handle(ApiRequest request, Matcher path) throws IOException;
  }

  /** The body was larger than allowed. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body too large");
    }
  }

  private record Route(String method, Pattern path, Role role, boolean csrf, Handler handler) {}

  private final WebSettings settings;
  private final List<Route> routes = new ArrayList<>();
  private final ConsoleFiles console;
  private final BatchEndpoints batch;

  /**
   * Creates the API.
   *
   * @param settings the settings
   * @param cases the clerk endpoints
   * @param batch the clerk's batch endpoint
   * @param rules the policy endpoints
   */
  public RestApi(WebSettings settings, CaseEndpoints cases, BatchEndpoints batch, RulesEndpoints rules) {
    this.settings = settings;
    this.console = new ConsoleFiles();
    this.batch = batch;
    get("/api/me", Role.CLERK, (r, m) -> me(r));
    get("/api/csrf", Role.CLERK, (r, m) -> csrf());
    get("/api/openapi.json", Role.CLERK, (r, m) -> console.file("openapi.json"));
    get("/api/case-types", Role.CLERK, (r, m) -> cases.caseTypes());
    get("/api/schema/([A-Za-z_\\-]+)", Role.CLERK, (r, m) -> cases.schema(m.group(1)));
    post("/api/cases/evaluate", Role.CLERK, (r, m) -> cases.evaluate(r, json(r)));
    get("/api/templates", Role.CLERK, (r, m) -> cases.templates());
    get("/api/templates/problems", Role.CLERK, (r, m) -> cases.templateProblems());
    post("/api/templates/check/([^/]+)", Role.POLICY, (r, m) -> cases.checkTemplate(r, m.group(1), body(r)));
    post("/api/templates/([^/]+)", Role.POLICY, (r, m) -> cases.installTemplate(r, m.group(1), body(r)));
    // a template's id is its file name: Chinese names as authors give them are ids too
    post("/api/documents/([^/]+)", Role.CLERK, (r, m) -> cases.document(r, m.group(1), json(r)));
    post("/api/documents/([^/]+)/batch", Role.CLERK, (r, m) -> batch.run(r, m.group(1), body(r)));
    post("/api/documents/([^/]+)/batches", Role.CLERK, (r, m) -> batch.start(r, m.group(1), body(r)));
    get("/api/documents/batches", Role.CLERK, (r, m) -> batch.list(r));
    get("/api/documents/batches/([0-9a-f]{1,64})", Role.CLERK, (r, m) -> batch.status(r, m.group(1)));
    get("/api/documents/batches/([0-9a-f]{1,64})/zip", Role.CLERK, (r, m) -> batch.zip(r, m.group(1)));
    get("/api/rules/status", Role.POLICY, (r, m) -> rules.status());
    get("/api/rules/history", Role.POLICY, (r, m) -> rules.history());
    get("/api/rules/versions", Role.POLICY, (r, m) -> rules.versions());
    get("/api/rules/scenarios", Role.POLICY, (r, m) -> rules.scenarios(r.query().get("pack")));
    post("/api/rules/validate", Role.POLICY, (r, m) -> rules.validate(r, body(r)));
    post("/api/rules/activate", Role.POLICY, (r, m) -> rules.activate(r.principal()));
    post("/api/rules/rollback/([0-9A-Za-z]+)", Role.POLICY, (r, m) -> rules.rollback(m.group(1), r.principal()));
  }

  /** Stops the background batches and removes their files. */
  public void close() {
    batch.close();
  }

  private void get(String path, Role role, Handler h) {
    routes.add(new Route("GET", Pattern.compile(path), role, false, h));
  }

  private void post(String path, Role role, Handler h) {
    routes.add(new Route("POST", Pattern.compile(path), role, true, h));
  }

  /**
   * Handles one authenticated request.
   *
   * @param request the request; its principal was set by the {@link Authenticator}
   * @return the response
   */
  public ApiResponse handle(ApiRequest request) {
    try {
      return route(request);
    } catch (TooLarge e) {
      return tooLarge();
    } catch (UnsupportedMedia e) {
      return ApiResponse.error(
          415, "UNSUPPORTED_MEDIA_TYPE", "请求内容类型应为 application/json，实际为“" + e.getMessage() + "”");
    } catch (IOException e) {
      return ApiResponse.error(400, "BODY_UNREADABLE", "无法读取请求内容");
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on {} {}", request.method(), request.path(), e);
      return ApiResponse.error(500, "INTERNAL", "服务器内部错误，已记录日志，请联系管理员");
    }
  }

  private ApiResponse route(ApiRequest request) throws IOException {
    String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
    if (path.equals("/") || path.equals("/console")) {
      return redirect("/hezuo/console/");
    }
    if (path.startsWith("/console/")) {
      if (!settings.consoleEnabled()) {
        return ApiResponse.error(404, "NOT_FOUND", "网页控制台未启用");
      }
      if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
        return ApiResponse.error(405, "METHOD_NOT_ALLOWED", "不支持该请求方法").with("Allow", "GET, HEAD");
      }
      return console.serve(path.substring("/console/".length()));
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Matcher m = route.path().matcher(path);
      if (!m.matches()) {
        continue;
      }
      allowed.add(route.method());
      if (!route.method().equals(request.method())) {
        continue;
      }
      WebPrincipal who = request.principal();
      if (who == null) {
        return ApiResponse.error(401, "NOT_AUTHENTICATED", "未登录");
      }
      if (!who.role().allows(route.role())) {
        return ApiResponse.error(
            403, "FORBIDDEN_ROLE", "此功能仅限" + route.role().label() + "使用；当前用户 " + who.user() + " 的角色是" + who.role().label());
      }
      if (route.csrf() && settings.csrfEnabled() && !Csrf.valid(request)) {
        return ApiResponse.error(
            403, "CSRF", "缺少或不匹配的 CSRF 令牌：请先 GET /hezuo/api/csrf，并在 " + Csrf.HEADER + " 请求头中带回 Cookie " + Csrf.COOKIE + " 的值");
      }
      return route.handler().handle(request, m);
    }
    if (!allowed.isEmpty()) {
      return ApiResponse.error(405, "METHOD_NOT_ALLOWED", "不支持该请求方法：" + request.method())
          .with("Allow", String.join(", ", allowed));
    }
    return ApiResponse.error(404, "NOT_FOUND", "没有这个地址：" + path);
  }

  private static ApiResponse me(ApiRequest r) {
    WebPrincipal p = r.principal();
    return ApiResponse.json(200, Map.of("user", p.user(), "role", p.role().name(), "roleLabel", p.role().label()));
  }

  private static ApiResponse csrf() {
    String token = Csrf.newToken();
    return ApiResponse.json(200, Map.of("token", token, "header", Csrf.HEADER, "cookie", Csrf.COOKIE))
        .with("Set-Cookie", Csrf.setCookie(token));
  }

  private static ApiResponse redirect(String to) {
    return ApiResponse.bytes(302, "text/plain; charset=UTF-8", new byte[0]).with("Location", to);
  }

  private ApiResponse tooLarge() {
    return ApiResponse.error(413, "BODY_TOO_LARGE", "请求内容超过上限 " + settings.maxBodyBytes() + " 字节");
  }

  /** Reads a JSON body: 415 unless the content type is JSON. Returns null when refused. */
  private byte[] json(ApiRequest r) throws IOException {
    String mt = r.mediaType();
    if (!mt.equals("application/json") && !mt.endsWith("+json")) {
      throw new UnsupportedMedia(mt);
    }
    return body(r);
  }

  /**
   * Reads the body within the size limit.
   *
   * @param r the request
   * @return the bytes
   * @throws IOException when unreadable or over the limit ({@link TooLarge})
   */
  byte[] body(ApiRequest r) throws IOException {
    long limit = settings.maxBodyBytes();
    if (r.contentLength() > limit) {
      throw new TooLarge();
    }
    InputStream in = r.body();
    if (r.contentLength() >= 0) {
      // the declared length (the container ends the stream there): one array of the right size
      byte[] bytes = new byte[(int) r.contentLength()];
      int n = in.readNBytes(bytes, 0, bytes.length);
      return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new TooLarge();
    }
    return bytes;
  }

  /** The content type is not JSON. */
  static final class UnsupportedMedia extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedMedia(String mediaType) {
      super(mediaType);
    }
  }
}
