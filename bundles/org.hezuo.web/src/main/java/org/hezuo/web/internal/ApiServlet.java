package org.hezuo.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet of the {@code /hezuo} context: adapts the servlet API to {@link RestApi}, which
 * serves both {@code /hezuo/api/*} and the console under {@code /hezuo/console/}.
 *
 * @see RestApi
 */
@Component(service = jakarta.servlet.Servlet.class, configurationPid = HezuoServletContextHelper.PID)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + HezuoServletContextHelper.NAME + ")")
@HttpWhiteboardServletPattern("/*")
public class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

  private final transient RestApi api;

  /**
   * Activates the servlet over the services in force.
   *
   * @param config the configuration
   * @param evaluator the evaluator
   * @param documents the document service, when installed
   * @param caseDocuments the case → decision → document flow, when installed
   * @param batch the batch generation, when installed
   * @param rules the rule administration, when installed
   */
  @Activate
  public ApiServlet(
      HezuoWebConfiguration config,
      @Reference PolicyEvaluator evaluator,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) DocumentService documents,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) CaseDocumentService caseDocuments,
      // greedy: the batch service may register just after the servlet (same dependencies plus the
      // case document service); a static reluctant reference would then never see it
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
          CaseBatchService batch,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) PolicyRules rules) {
    this(create(WebSettings.of(config), evaluator, documents, caseDocuments, batch, rules));
    WebSettings s = WebSettings.of(config);
    LOG.debug("Hezuo web: identity header '{}', demo users {}, body limit {}, console {}, csrf {}, evaluations at once {}",
        s.identityHeader(), s.demoUserNames(), s.maxBodyBytes(), s.consoleEnabled(), s.csrfEnabled(),
        new EvaluationGate(s.evaluationConcurrency()).limit());
    if (s.identityHeader().isEmpty()) {
      LOG.warn("Hezuo web runs with the demo user store (HTTP Basic): for demonstrations only");
    }
  }

  /**
   * For tests.
   *
   * @param api the plain API
   */
  protected ApiServlet(RestApi api) {
    this.api = api;
  }

  /**
   * Builds the plain API.
   *
   * @param settings the settings
   * @param evaluator the evaluator
   * @param documents the document service or null
   * @param caseDocuments the case → decision → document flow or null
   * @param batch the batch generation or null
   * @param rules the rule administration or null
   * @return the API
   */
  static RestApi create(WebSettings settings, PolicyEvaluator evaluator, DocumentService documents,
      CaseDocumentService caseDocuments, CaseBatchService batch, PolicyRules rules) {
    TemplateCatalog catalog = new TemplateCatalog(settings.templatesManifest());
    return new RestApi(
        settings,
        new CaseEndpoints(evaluator, documents, caseDocuments, catalog,
            new EvaluationGate(settings.evaluationConcurrency())),
        new BatchEndpoints(batch, documents, catalog),
        new RulesEndpoints(rules));
  }

  /** Stops the background batches and removes their temporary files. */
  @Deactivate
  void deactivate() {
    api.close();
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Map<String, String> query = query(req.getQueryString());
    String path = req.getPathInfo() == null ? req.getServletPath() : req.getServletPath() + req.getPathInfo();
    ApiRequest request =
        new ApiRequest(
            req.getMethod().toUpperCase(java.util.Locale.ROOT),
            path,
            query,
            req::getHeader,
            req.getContentLengthLong(),
            req.getInputStream(),
            (WebPrincipal) req.getAttribute(WebPrincipal.ATTRIBUTE));
    write(api.handle(request), resp);
  }

  /** Parses the query string only: the body is never read as form parameters. */
  static Map<String, String> query(String qs) {
    Map<String, String> query = new LinkedHashMap<>();
    if (qs == null) {
      return query;
    }
    for (String pair : qs.split("&")) {
      int eq = pair.indexOf('=');
      String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      query.putIfAbsent(k, v);
    }
    return query;
  }

  static void write(ApiResponse r, HttpServletResponse resp) throws IOException {
    if (r.file() != null) {
      // opened before anything is sent: a file removed meanwhile (an expired batch) is a 404, and
      // once open it stays readable while it is sent
      java.nio.channels.FileChannel in;
      try {
        in = java.nio.channels.FileChannel.open(r.file());
      } catch (java.nio.file.NoSuchFileException e) {
        write(ApiResponse.error(404, "GONE", "文件已不存在（可能已过期）"), resp);
        return;
      }
      try (in) {
        resp.setStatus(r.status());
        r.headers().forEach(resp::setHeader);
        resp.setContentLengthLong(in.size());
        java.nio.channels.Channels.newInputStream(in).transferTo(resp.getOutputStream());
      }
      return;
    }
    resp.setStatus(r.status());
    r.headers().forEach(resp::setHeader);
    resp.setContentLength(r.body().length);
    resp.getOutputStream().write(r.body());
  }
}
