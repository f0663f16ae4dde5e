package org.hezuo.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hezuo.api.decision.FieldError;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.DocumentService;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk's batch over HTTP: {@code POST /api/documents/{template}/batch}, multipart/form-data
 * with the data file ({@code file}: .csv in UTF-8, .xlsx or .json; one document per row), and
 * optionally the document fields shared by every row ({@code doc}, a JSON object) and a base case
 * every row is merged over ({@code case}). Row columns such as {@code doc.copies} win over the shared
 * values. Runs {@link CaseBatchService} in a temporary directory and answers a zip of the documents
 * and {@code manifest.csv}; when no row produced a document, a 422 listing each row's reason.
 *
 * @see CaseEndpoints
 */
public final class BatchEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(BatchEndpoints.class);
  private static final Logger AUDIT = LoggerFactory.getLogger("org.hezuo.audit");
  private static final List<String> ROW_FILES = List.of(".csv", ".xlsx", ".json");

  private final CaseBatchService batch;
  private final DocumentService documents;
  private final TemplateCatalog catalog;
  private final BatchJobs jobs = new BatchJobs();

  /**
   * Creates the endpoint.
   *
   * @param batch the batch service, or null when documents are not installed
   * @param documents the document service, or null when documents are not installed
   * @param catalog the template catalog
   */
  public BatchEndpoints(CaseBatchService batch, DocumentService documents, TemplateCatalog catalog) {
    this.batch = batch;
    this.documents = documents;
    this.catalog = catalog;
  }

  ApiResponse run(ApiRequest r, String templateId, byte[] body) throws IOException {
    Prepared p = new Prepared();
    ApiResponse refused = prepare(r, templateId, body, p);
    if (refused != null) {
      return refused;
    }
    try {
      return generate(p.request, p.uploaded);
    } finally {
      deleteTree(p.work);
    }
  }

  /**
   * Starts the batch in the background: the same checks as {@link #run}, then 202 with the job's id
   * and the address of its progress.
   */
  ApiResponse start(ApiRequest r, String templateId, byte[] body) throws IOException {
    Prepared p = new Prepared();
    ApiResponse refused = prepare(r, templateId, body, p);
    if (refused != null) {
      return refused;
    }
    BatchJobs.Job job;
    try {
      job = jobs.start(p.request.actor(), templateId, p.uploaded, p.work, j -> background(p, j));
    } catch (BatchJobs.Refused e) {
      deleteTree(p.work);
      return ApiResponse.error(e.status, e.code, e.getMessage()).with("Retry-After", "30");
    }
    String status = job.address();
    return ApiResponse.json(202, Map.of("id", job.id, "status", status)).with("Location", status);
  }

  /** The jobs of this user that are kept (running, waiting or finished within the hour), newest first. */
  ApiResponse list(ApiRequest r) {
    return ApiResponse.json(200, Map.of("jobs", jobs.of(user(r)).stream().map(BatchJobs.Job::summary).toList()));
  }

  /** The progress of a job of this user: rows as the manifest has them. */
  ApiResponse status(ApiRequest r, String jobId) {
    BatchJobs.Job job = jobs.find(jobId, user(r));
    return job == null ? noJob(jobId) : ApiResponse.json(200, job.view());
  }

  /** The zip of a finished job of this user; 409 while it runs or when it failed. */
  ApiResponse zip(ApiRequest r, String jobId) throws IOException {
    BatchJobs.Job job = jobs.find(jobId, user(r));
    if (job == null) {
      return noJob(jobId);
    }
    Path z = job.zip();
    if (job.state().equals("running")) {
      return ApiResponse.error(409, "BATCH_RUNNING", "批量生成尚未完成：已处理 " + job.view().get("done") + " 行");
    }
    if (z == null || !Files.isRegularFile(z)) {
      return ApiResponse.error(409, "BATCH_FAILED", "该批次没有生成压缩包");
    }
    // streamed from the file: a batch of thousands of documents is not held in memory
    return ApiResponse.file(200, "application/zip", z)
        .with("Content-Disposition", "attachment; filename=\"" + job.template + "-batch.zip\"");
  }

  private static ApiResponse noJob(String jobId) {
    return ApiResponse.error(404, "UNKNOWN_BATCH", "没有这个批量生成任务（或已过期）：" + jobId);
  }

  private static String user(ApiRequest r) {
    return r.principal() == null ? "" : r.principal().user();
  }

  /** Stops the background batches and removes their files. */
  void close() {
    jobs.close();
  }

  private void background(Prepared p, BatchJobs.Job job) throws Exception {
    CaseBatchService.Request request = p.request;
    CaseBatchService.Summary s;
    try {
      s = batch.run(request, job::row);
    } catch (IllegalArgumentException | IOException e) {
      throw new BatchJobs.Failure("BAD_ROWS", "无法读取数据文件“" + p.uploaded + "”：" + e.getMessage());
    }
    AUDIT.info("batch template={} file={} total={} ok={} failed={} user={} override={} job={}", request.templateId(),
        p.uploaded, s.total(), s.ok(), s.failed(), request.actor(), request.overrideReason(), job.id);
    job.rows(BatchJobs.manifest(s.manifest()));
    job.counts(s.total(), s.ok() + s.skipped(), s.failed());
    Files.deleteIfExists(request.rows());
    if (s.ok() + s.skipped() == 0) {
      throw new BatchJobs.Failure("BATCH_FAILED", "没有生成任何文书：共 " + s.total() + " 行，全部有误");
    }
    Path z = p.work.resolve(request.templateId() + "-batch.zip");
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(z))) {
      zip(request.outDir(), out);
    }
    deleteTree(request.outDir());
    job.zip(z);
  }

  /** A checked request, its uploaded file's name and its temporary directory. */
  private static final class Prepared {
    CaseBatchService.Request request;
    String uploaded;
    Path work;
  }

  /** The checks before a batch; fills {@code p} (and creates its directory) or returns the refusal. */
  private ApiResponse prepare(ApiRequest r, String templateId, byte[] body, Prepared p) throws IOException {
    if (batch == null || documents == null) {
      return ApiResponse.error(503, "DOCUMENTS_UNAVAILABLE", "文书服务未启动");
    }
    if (catalog.find(templateId, documents) == null) {
      return CaseEndpoints.unknownTemplate(documents, templateId);
    }
    if (!r.mediaType().equals("multipart/form-data")) {
      return ApiResponse.error(415, "UNSUPPORTED_MEDIA_TYPE", "批量生成请以 multipart/form-data 上传数据文件（file）");
    }
    Map<String, Multipart.Part> parts = Multipart.parse(r.header("Content-Type"), body);
    Multipart.Part file = parts.get("file");
    String ext = file == null || file.filename() == null ? "" : extension(file.filename());
    if (!ROW_FILES.contains(ext)) {
      return ApiResponse.error(400, "UNSUPPORTED_ROWS", "请上传数据文件：.csv（UTF-8）、.xlsx 或 .json，每行一份文书");
    }
    String reason = r.query().getOrDefault("reason", "").trim();
    boolean override = "true".equalsIgnoreCase(r.query().get("override"));
    if (override && reason.isEmpty()) {
      return ApiResponse.error(400, "OVERRIDE_REASON_REQUIRED", "强制生成须填写理由（reason）");
    }
    ObjectNode base = HezuoJson.mapper().createObjectNode();
    ApiResponse refused = readBase(parts, templateId, base);
    if (refused != null) {
      return refused;
    }
    Path work = Files.createTempDirectory("hezuo-batch-");
    try {
      Path rows = Files.write(work.resolve("rows" + ext), file.bytes());
      Path baseFile = Files.write(work.resolve("base.json"), HezuoJson.writeCompact(base));
      p.request = new CaseBatchService.Request(templateId, rows, work.resolve("out"), baseFile, false,
          override ? reason : null, user(r));
      p.uploaded = file.filename();
      p.work = work;
      return null;
    } catch (IOException | RuntimeException e) {
      deleteTree(work);
      throw e;
    }
  }

  /** Reads the shared case and document fields into the base; returns the 400 when they are bad. */
  private ApiResponse readBase(Map<String, Multipart.Part> parts, String templateId, ObjectNode base) {
    Multipart.Part c = parts.get("case");
    if (c != null && !c.content().isBlank()) {
      JsonNode n = tree(c.content());
      if (n == null || !n.isObject()) {
        return ApiResponse.error(400, "INVALID_CASE", "基础案件（case）应为 JSON 对象",
            Map.of("errors", List.of(new FieldError("case", "案件", "JSON_SYNTAX", "应为 JSON 对象"))));
      }
      base.setAll((ObjectNode) n);
    }
    Multipart.Part d = parts.get("doc");
    if (d != null && !d.content().isBlank()) {
      ReadResult<DocumentInfo> doc = HezuoJson.read(d.bytes(), DocumentInfo.class);
      if (!doc.errors().isEmpty() || doc.value() == null) {
        return CaseEndpoints.invalidDoc(doc.errors().isEmpty()
            ? List.of(new FieldError("doc", "文书信息", "JSON_SYNTAX", "应为 JSON 对象"))
            : doc.errors().stream().map(e -> new FieldError("doc." + e.path(), e.label(), e.code(), e.message())).toList());
      }
      // the rows may still supply a field, so only the values given here are checked
      List<DocumentField> optional = documents.documentFields(templateId).stream()
          .map(f -> new DocumentField(f.name(), f.label(), f.type(), false, f.defaultText())).toList();
      List<FieldError> errors = doc.value().check(optional);
      if (!errors.isEmpty()) {
        return CaseEndpoints.invalidDoc(errors);
      }
      base.set("doc", tree(d.content()));
    }
    return null;
  }

  private ApiResponse generate(CaseBatchService.Request request, String uploaded) throws IOException {
    List<Map<String, Object>> failures = new ArrayList<>();
    CaseBatchService.Summary s;
    try {
      s = batch.run(request, (row, total, status, why) -> {
        if (status.equals("error")) {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("row", row);
          f.put("reason", why);
          failures.add(f);
        }
      });
    } catch (IllegalArgumentException | IOException e) {
      return ApiResponse.error(400, "BAD_ROWS", "无法读取数据文件“" + uploaded + "”：" + e.getMessage());
    }
    AUDIT.info("batch template={} file={} total={} ok={} failed={} user={} override={}", request.templateId(),
        uploaded, s.total(), s.ok(), s.failed(), request.actor(), request.overrideReason());
    if (s.ok() == 0) {
      return ApiResponse.error(422, "BATCH_FAILED", "没有生成任何文书：共 " + s.total() + " 行，全部有误",
          Map.of("total", s.total(), "rows", failures));
    }
    String name = request.templateId() + "-batch.zip";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    zip(request.outDir(), bytes);
    return ApiResponse.bytes(200, "application/zip", bytes.toByteArray())
        .with("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .with("X-Hezuo-Batch-Total", String.valueOf(s.total()))
        .with("X-Hezuo-Batch-Ok", String.valueOf(s.ok()))
        .with("X-Hezuo-Batch-Failed", String.valueOf(s.failed()));
  }

  private static void zip(Path dir, java.io.OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(dir)) {
      // the documents and manifest.csv; not the temporary files of an interrupted write
      for (Path f : files.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
  }

  private static JsonNode tree(String json) {
    try {
      return HezuoJson.mapper().readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  private static String extension(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot delete the batch directory {}: {}", dir, e.toString());
    }
  }
}
