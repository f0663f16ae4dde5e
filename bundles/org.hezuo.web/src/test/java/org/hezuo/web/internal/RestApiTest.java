package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestApiTest {
  static final WebPrincipal CLERK = new WebPrincipal("clerk", Role.CLERK);
  static final WebPrincipal POLICY = new WebPrincipal("policy", Role.POLICY);
  static final String TOKEN = "abcdefghijklmnopqrstuvwxyz012345";
  static final Map<String, String> CSRF = Map.of("Cookie", "HEZUO_CSRF=" + TOKEN, "X-Hezuo-CSRF", TOKEN);
  static final String JSON = "application/json; charset=UTF-8";
  static final String CASE = "{\"caseId\":\"C-1\",\"caseType\":\"岗位实习\",\"title\":\"%s\"}";
  /** A case with the document fields the fake agreement needs. */
  static final String AGREEMENT = "{\"case\":" + CASE + ",\"doc\":{\"number\":\"黔合〔2026〕1号\",\"copies\":4}}";

  @TempDir Path tmp;
  Fakes.Rules rules;
  RestApi api;

  @BeforeEach
  void setUp() throws Exception {
    Path rulesDir = tmp.resolve("rules");
    Files.createDirectories(rulesDir.resolve("national-internship"));
    Files.writeString(rulesDir.resolve("national-internship/age.drl"), "rule \"a\"\nwhen\nthen\nend\n");
    Path manifest = tmp.resolve("manifest.json");
    Files.writeString(manifest, "{\"templates\":[{\"id\":\"cooperation-agreement\",\"title\":\"校企合作协议\",\"caseTypes\":[\"POST_INTERNSHIP\"],"
        + "\"requiresCompliantDecision\":true},{\"id\":\"refund-notice\",\"title\":\"返还通知书\",\"caseTypes\":[],\"requiresCompliantDecision\":false}]}");
    rules = new Fakes.Rules(rulesDir);
    api = ApiServlet.create(WebSettings.defaults("X-Hezuo-User", Map.of(), 4096, true, manifest), new Fakes.Evaluator(), new Fakes.Documents(), Fakes.caseDocuments(manifest), Fakes.batch(manifest), rules);
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  ApiResponse call(String method, String path, WebPrincipal who, String ct, String body) {
    return api.handle(Fakes.request(method, path, who, ct, body, CSRF));
  }

  static JsonNode json(ApiResponse r) throws Exception {
    return HezuoJson.mapper().readTree(r.body());
  }

  @Test
  void evaluatesACaseWithFindingsAndClauses() throws Exception {
    ApiResponse r = call("POST", "/api/cases/evaluate", CLERK, JSON, CASE.formatted("违规安排"));
    assertEquals(200, r.status(), r.text());
    JsonNode d = json(r);
    assertEquals("NON_COMPLIANT", d.get("outcome").asText());
    assertEquals("不符合", d.get("outcomeLabel").asText());
    JsonNode f = d.get("findings").get(0);
    assertEquals("BLOCK", f.get("severity").asText());
    assertEquals(Fakes.CLAUSE_SOURCE, f.get("clauseSource").asText());
    assertEquals("v1abc", d.get("ruleVersion").asText());
    assertEquals("2026-09-01", d.get("asOf").asText());
  }

  @Test
  void badInputIsA400WithFieldPathsChineseMessagesAndCodes() throws Exception {
    JsonNode syntax = json(call("POST", "/api/cases/evaluate", CLERK, JSON, "{\"caseId\":"));
    assertEquals(400, syntax.get("status").asInt());
    assertEquals("JSON_SYNTAX", syntax.get("errors").get(0).get("code").asText());

    JsonNode type = json(call("POST", "/api/cases/evaluate", CLERK, JSON, "{\"caseId\":\"C\",\"asOf\":\"明天\"}"));
    assertEquals("asOf", type.get("errors").get(0).get("path").asText());
    assertEquals("JSON_TYPE", type.get("errors").get(0).get("code").asText());
    assertTrue(type.get("errors").get(0).get("message").asText().contains("日期"));

    JsonNode unknown = json(call("POST", "/api/cases/evaluate", CLERK, JSON, "{\"caseId\":\"C\",\"school\":{\"nmae\":\"x\"}}"));
    assertEquals("school.nmae", unknown.get("errors").get(0).get("path").asText());

    ApiResponse invalid = call("POST", "/api/cases/evaluate", CLERK, JSON, "{\"caseType\":\"POST_INTERNSHIP\"}");
    assertEquals(400, invalid.status());
    assertEquals("案件编号", json(invalid).get("errors").get(0).get("label").asText());

    assertEquals(400, call("POST", "/api/cases/evaluate", CLERK, JSON, "").status());
    assertEquals(400, call("POST", "/api/cases/evaluate", CLERK, JSON, "null").status());
    assertEquals(400, call("POST", "/api/cases/evaluate", CLERK, JSON, "[1,2]").status());
  }

  @Test
  void statusCodesForWrongRequests() throws Exception {
    assertEquals(415, call("POST", "/api/cases/evaluate", CLERK, "text/plain", "{}").status());
    assertEquals(413, call("POST", "/api/cases/evaluate", CLERK, JSON, "{\"title\":\"" + "x".repeat(5000) + "\"}").status());
    ApiResponse m = call("GET", "/api/cases/evaluate", CLERK, null, null);
    assertEquals(405, m.status());
    assertEquals("POST", m.headers().get("Allow"));
    assertEquals(404, call("GET", "/api/nothing", CLERK, null, null).status());
    assertEquals(404, call("GET", "/api/schema/NO_SUCH", CLERK, null, null).status());
    assertEquals(401, call("GET", "/api/case-types", null, null, null).status());
    assertFalse(call("POST", "/api/cases/evaluate", CLERK, JSON, "{").text().contains("Exception"));
  }

  @Test
  void policyEndpointsRefuseClerks() throws Exception {
    for (String p : new String[] {"/api/rules/status", "/api/rules/history", "/api/rules/versions", "/api/rules/scenarios"}) {
      ApiResponse r = call("GET", p, CLERK, null, null);
      assertEquals(403, r.status(), p);
      assertEquals("FORBIDDEN_ROLE", json(r).get("code").asText());
      assertEquals(200, call("GET", p, POLICY, null, null).status(), p);
    }
    assertEquals(403, call("POST", "/api/rules/activate", CLERK, null, null).status());
    assertEquals(30, json(call("GET", "/api/rules/status", POLICY, null, null)).get("scenariosPassed").asInt());
    assertEquals(1, json(call("GET", "/api/rules/scenarios", POLICY, null, null)).get("failed").asInt());
  }

  @Test
  void stateChangingRequestsNeedTheCsrfToken() throws Exception {
    ApiRequest noToken = Fakes.request("POST", "/api/cases/evaluate", CLERK, JSON, CASE.formatted("x"), Map.of());
    assertEquals(403, api.handle(noToken).status());
    ApiRequest wrong = Fakes.request("POST", "/api/rules/activate", POLICY, null, null,
        Map.of("Cookie", "HEZUO_CSRF=" + TOKEN, "X-Hezuo-CSRF", TOKEN.replace('a', 'b')));
    assertEquals("CSRF", json(api.handle(wrong)).get("code").asText());
    ApiResponse issued = call("GET", "/api/csrf", CLERK, null, null);
    assertTrue(issued.headers().get("Set-Cookie").startsWith("HEZUO_CSRF=" + json(issued).get("token").asText()));
    assertEquals(200, call("POST", "/api/rules/activate", POLICY, null, null).status());
    assertEquals("policy", rules.actors.get(0));
  }

  @Test
  void checksAProposedRuleFileAgainstACopyWithoutTouchingTheRulesInForce() throws Exception {
    String body = "{\"path\":\"national-internship/age.drl\",\"content\":\"rule \\\"a\\\"\\nwhen broken\\nthen\\nend\\n\"}";
    JsonNode r = json(call("POST", "/api/rules/validate", POLICY, JSON, body));
    JsonNode p = r.get("report").get("problems").get(0);
    assertEquals("national-internship/age.drl", p.get("file").asText());
    assertEquals(2, p.get("line").asInt());
    assertFalse(r.get("ok").asBoolean());
    assertFalse(r.get("report").get("activated").asBoolean());
    assertFalse(Files.readString(rules.dir.resolve("national-internship/age.drl")).contains("broken"));
    assertFalse(Files.exists(rules.lastValidated), "the temporary copy is deleted");

    JsonNode good = json(call("POST", "/api/rules/validate", POLICY, JSON, "{\"path\":\"national-internship/new.drl\",\"content\":\"ok\"}"));
    assertTrue(good.get("ok").asBoolean());
    assertEquals(1, good.get("report").get("scenarios").size());

    assertEquals(400, call("POST", "/api/rules/validate", POLICY, JSON, "{\"path\":\"../etc/passwd\",\"content\":\"x\"}").status());
    assertEquals(400, call("POST", "/api/rules/validate", POLICY, JSON, "{\"path\":\"/abs.drl\",\"content\":\"x\"}").status());
    assertEquals(400, call("POST", "/api/rules/validate", POLICY, JSON, "{\"content\":\"x\"}").status());
    assertEquals(415, call("POST", "/api/rules/validate", POLICY, "text/plain", "x").status());
  }

  @Test
  void checksAnUploadedRuleFile() throws Exception {
    String b = "XyZ";
    String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\nnational-internship/age.drl\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"age.drl\"\r\nContent-Type: text/plain\r\n\r\n"
        + "// 年龄\nbroken\n\r\n--" + b + "--\r\n";
    JsonNode r = json(call("POST", "/api/rules/validate", POLICY, "multipart/form-data; boundary=" + b, body));
    assertEquals(2, r.get("report").get("problems").get(0).get("line").asInt());
  }

  @Test
  void rollbackOfAnUnknownVersionIs404() throws Exception {
    assertEquals(404, call("POST", "/api/rules/rollback/nope", POLICY, null, null).status());
    assertEquals(200, call("POST", "/api/rules/rollback/v0old", POLICY, null, null).status());
  }

  @Test
  void documentsAreRefusedForNonCompliantCasesUnlessOverriddenWithAReason() throws Exception {
    ApiResponse ok = call("POST", "/api/documents/cooperation-agreement", CLERK, JSON, AGREEMENT.formatted("正常"));
    assertEquals(200, ok.status(), ok.text());
    assertTrue(ok.headers().get("Content-Type").contains("wordprocessingml"));
    assertTrue(ok.headers().get("Content-Disposition").contains("filename*=UTF-8''"));
    assertEquals("COMPLIANT", ok.headers().get("X-Hezuo-Decision-Outcome"));

    ApiResponse refused = call("POST", "/api/documents/cooperation-agreement", CLERK, JSON, AGREEMENT.formatted("违规"));
    assertEquals(409, refused.status());
    assertEquals("DECISION_NON_COMPLIANT", json(refused).get("code").asText());
    assertEquals(400, call("POST", "/api/documents/cooperation-agreement?override=true", CLERK, JSON, AGREEMENT.formatted("违规")).status());
    ApiResponse forced = call("POST", "/api/documents/cooperation-agreement?override=true&reason=%E9%A2%86%E5%AF%BC%E6%89%B9%E5%87%86",
        CLERK, JSON, AGREEMENT.formatted("违规"));
    assertEquals(200, forced.status(), forced.text());
    assertEquals("true", forced.headers().get("X-Hezuo-Override"));
    assertEquals("领导批准", java.net.URLDecoder.decode(forced.headers().get("X-Hezuo-Override-Reason"), StandardCharsets.UTF_8));

    assertEquals(200, call("POST", "/api/documents/refund-notice", CLERK, JSON, CASE.formatted("违规")).status());
    assertEquals(404, call("POST", "/api/documents/no-such", CLERK, JSON, CASE.formatted("x")).status());
    JsonNode badDoc = json(call("POST", "/api/documents/refund-notice", CLERK, JSON, "{\"case\":{\"caseId\":\"C\",\"asOf\":\"x\"}}"));
    assertEquals("case.asOf", badDoc.get("errors").get(0).get("path").asText());
  }

  @Test
  void documentBodiesBindCaseAndDocWithPrefixedFieldErrors() throws Exception {
    ApiResponse numbered = call("POST", "/api/documents/refund-notice", CLERK, JSON,
        "{\"case\":" + CASE.formatted("正常") + ",\"doc\":{\"number\":\"黔合〔2026〕7号\",\"date\":\"2026-09-01\"}}");
    assertEquals(200, numbered.status(), numbered.text());
    assertTrue(java.net.URLDecoder.decode(numbered.headers().get("Content-Disposition"), StandardCharsets.UTF_8).contains("黔合〔2026〕7号"));
    // the case first is bound in one pass, the document first through a tree: the same document
    ApiResponse docFirst = call("POST", "/api/documents/refund-notice", CLERK, JSON,
        "{\"doc\":{\"number\":\"黔合〔2026〕7号\",\"date\":\"2026-09-01\"},\"case\":" + CASE.formatted("正常") + "}");
    assertEquals(200, docFirst.status(), docFirst.text());
    assertEquals(numbered.headers().get("Content-Disposition"), docFirst.headers().get("Content-Disposition"));
    org.hezuo.json.ReadResult<CaseEndpoints.CaseAndDoc> onePass = HezuoJson.read(
        ("{\"case\":" + CASE.formatted("正常") + ",\"doc\":{\"number\":\"N\"}}").getBytes(StandardCharsets.UTF_8),
        CaseEndpoints.CaseAndDoc.class);
    assertEquals(java.util.List.of(), onePass.errors(), "the one-pass reading must take the usual body");
    assertEquals("N", onePass.value().doc().getNumber());
    assertTrue(CaseEndpoints.caseFirst(" {\n \"case\" : {}}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(CaseEndpoints.caseFirst("{\"doc\":{},\"case\":{}}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(CaseEndpoints.caseFirst("{\"caseId\":\"C\"}".getBytes(StandardCharsets.UTF_8)));
    // a member the request does not know is passed over, as before
    ApiResponse extra = call("POST", "/api/documents/refund-notice", CLERK, JSON,
        "{\"case\":" + CASE.formatted("正常") + ",\"doc\":{\"number\":\"黔合〔2026〕7号\",\"date\":\"2026-09-01\"},\"note\":\"x\"}");
    assertEquals(200, extra.status(), extra.text());

    JsonNode unknown = json(call("POST", "/api/documents/refund-notice", CLERK, JSON, "{\"case\":{\"caseId\":\"C\",\"school\":{\"nmae\":\"x\"}}}"));
    assertEquals("case.school.nmae", unknown.get("errors").get(0).get("path").asText());
    assertEquals("JSON_UNKNOWN_FIELD", unknown.get("errors").get(0).get("code").asText());
    JsonNode badDate = json(call("POST", "/api/documents/refund-notice", CLERK, JSON,
        "{\"case\":" + CASE.formatted("正常") + ",\"doc\":{\"date\":\"明天\"}}"));
    assertEquals("doc.date", badDate.get("errors").get(0).get("path").asText());
    assertEquals("JSON_TYPE", badDate.get("errors").get(0).get("code").asText());
    JsonNode empty = json(call("POST", "/api/documents/refund-notice", CLERK, JSON, "{\"case\":null}"));
    assertEquals("EMPTY_CASE", empty.get("errors").get(0).get("code").asText());
    JsonNode notObject = json(call("POST", "/api/documents/refund-notice", CLERK, JSON, "{\"case\":[1]}"));
    assertEquals("JSON_TYPE", notObject.get("errors").get(0).get("code").asText());
  }

  @Test
  void readsBodiesWithAndWithoutADeclaredLength() throws Exception {
    byte[] body = CASE.formatted("正常").getBytes(StandardCharsets.UTF_8);
    Map<String, String> h = new java.util.HashMap<>(CSRF);
    h.put("Content-Type", JSON);
    for (long declared : new long[] {body.length, -1}) {
      ApiRequest r = new ApiRequest("POST", "/api/cases/evaluate", Map.of(), ApiRequest.headersOf(h), declared,
          new java.io.ByteArrayInputStream(body), CLERK);
      ApiResponse resp = api.handle(r);
      assertEquals(200, resp.status(), declared + ": " + resp.text());
    }
    ApiRequest chunked = new ApiRequest("POST", "/api/cases/evaluate", Map.of(), ApiRequest.headersOf(h), -1,
        new java.io.ByteArrayInputStream(("{\"title\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8)), CLERK);
    assertEquals(413, api.handle(chunked).status());
  }

  @Test
  void documentFieldsTheTemplateNeedsAreCheckedBeforeGeneration() throws Exception {
    ApiResponse missing = call("POST", "/api/documents/cooperation-agreement", CLERK, JSON, CASE.formatted("正常"));
    assertEquals(400, missing.status(), missing.text());
    JsonNode m = json(missing);
    assertEquals("INVALID_DOC", m.get("code").asText());
    assertEquals("doc.number", m.get("errors").get(0).get("path").asText());
    assertEquals("doc.copies", m.get("errors").get(1).get("path").asText());
    assertEquals("份数（一式几份）", m.get("errors").get(1).get("label").asText());
    assertEquals("REQUIRED", m.get("errors").get(1).get("code").asText());

    JsonNode zero = json(call("POST", "/api/documents/cooperation-agreement", CLERK, JSON,
        AGREEMENT.formatted("正常").replace("\"copies\":4", "\"copies\":0")));
    assertEquals("POSITIVE", zero.get("errors").get(0).get("code").asText());
    JsonNode words = json(call("POST", "/api/documents/cooperation-agreement", CLERK, JSON,
        AGREEMENT.formatted("正常").replace("\"copies\":4", "\"copies\":\"两份\"")));
    assertEquals("INVALID_DOC", words.get("code").asText());
    assertEquals("doc.copies", words.get("errors").get(0).get("path").asText());
  }

  static final String BOUNDARY = "HezuoBatch";

  /** A multipart body: name → value; a name ending in a file name (file=rows.csv) is sent as that file. */
  static String multipart(String... nameValue) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < nameValue.length; i += 2) {
      String[] name = nameValue[i].split("=", 2);
      sb.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(name[0]).append('"');
      if (name.length > 1) {
        sb.append("; filename=\"").append(name[1]).append("\"\r\nContent-Type: text/csv");
      }
      sb.append("\r\n\r\n").append(nameValue[i + 1]).append("\r\n");
    }
    return sb.append("--").append(BOUNDARY).append("--\r\n").toString();
  }

  ApiResponse batch(String template, String body) {
    return call("POST", "/api/documents/" + template + "/batch", CLERK, "multipart/form-data; boundary=" + BOUNDARY, body);
  }

  @Test
  void batchTakesSharedDocumentFieldsAndColumnsAndAnswersAZip() throws Exception {
    String rows = "caseId,title,doc.number,doc.copies\nC-1,正常,No.1,\nC-2,正常,No.2,6\nC-3,正常,,\n";
    ApiResponse r = batch("cooperation-agreement", multipart("file=名单.csv", rows,
        "case", "{\"caseType\":\"POST_INTERNSHIP\"}", "doc", "{\"copies\":4,\"place\":\"贵阳\"}"));
    assertEquals(200, r.status(), r.text());
    assertEquals("application/zip", r.headers().get("Content-Type"));
    assertEquals("3", r.headers().get("X-Hezuo-Batch-Total"));
    assertEquals("2", r.headers().get("X-Hezuo-Batch-Ok"));
    assertEquals("1", r.headers().get("X-Hezuo-Batch-Failed"));
    Map<String, String> zip = new java.util.TreeMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(java.util.Set.of("00001-校企合作协议-No.1.docx", "00002-校企合作协议-No.2.docx", "manifest.csv"), zip.keySet());
    assertTrue(zip.get("manifest.csv").contains("文书编号（doc.number）：必填"), zip.get("manifest.csv"));

    // no row generates: the reasons, row by row
    ApiResponse none = batch("cooperation-agreement", multipart("file=名单.csv", "caseId,title\nC-1,正常\n"));
    assertEquals(422, none.status(), none.text());
    JsonNode failed = json(none);
    assertEquals("BATCH_FAILED", failed.get("code").asText());
    assertEquals(1, failed.get("rows").get(0).get("row").asInt());
    assertTrue(failed.get("rows").get(0).get("reason").asText().contains("份数（一式几份）（doc.copies）"), none.text());
  }

  @Test
  void batchRefusesBadInputBeforeRunning() throws Exception {
    String rows = "caseId,title\nC-1,正常\n";
    assertEquals("INVALID_DOC", json(batch("cooperation-agreement", multipart("file=a.csv", rows, "doc", "{\"copies\":0}")))
        .get("code").asText());
    assertEquals("UNSUPPORTED_ROWS", json(batch("cooperation-agreement", multipart("file=a.txt", rows))).get("code").asText());
    assertEquals("UNSUPPORTED_ROWS", json(batch("cooperation-agreement", multipart("doc", "{}"))).get("code").asText());
    assertEquals("INVALID_CASE", json(batch("cooperation-agreement", multipart("file=a.csv", rows, "case", "[1]"))).get("code").asText());
    assertEquals(404, batch("no-such", multipart("file=a.csv", rows)).status());
    assertEquals(415, call("POST", "/api/documents/cooperation-agreement/batch", CLERK, JSON, "{}").status());
    assertEquals(400, call("POST", "/api/documents/cooperation-agreement/batch?override=true", CLERK,
        "multipart/form-data; boundary=" + BOUNDARY, multipart("file=a.csv", rows)).status());
  }

  ApiResponse startBatch(String template, String body) {
    return call("POST", "/api/documents/" + template + "/batches", CLERK, "multipart/form-data; boundary=" + BOUNDARY, body);
  }

  /** Polls the job until it is no longer running. */
  JsonNode finished(String status, WebPrincipal who) throws Exception {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      ApiResponse r = call("GET", status.substring("/hezuo".length()), who, null, null);
      assertEquals(200, r.status(), r.text());
      JsonNode j = json(r);
      if (!j.get("state").asText().equals("running")) {
        return j;
      }
      assertTrue(System.nanoTime() < until, "the batch did not finish: " + r.text());
      Thread.sleep(20);
    }
  }

  @Test
  void backgroundBatchShowsProgressRowsAndTheZip() throws Exception {
    String rows = "caseId,title,doc.number,doc.copies\nC-1,正常,No.1,\nC-2,正常,No.2,6\nC-3,正常,,\n";
    ApiResponse started = startBatch("cooperation-agreement", multipart("file=名单.csv", rows,
        "case", "{\"caseType\":\"POST_INTERNSHIP\"}", "doc", "{\"copies\":4,\"place\":\"贵阳\"}"));
    assertEquals(202, started.status(), started.text());
    JsonNode s = json(started);
    String id = s.get("id").asText();
    assertEquals("/hezuo/api/documents/batches/" + id, s.get("status").asText());
    assertEquals(s.get("status").asText(), started.headers().get("Location"));

    JsonNode done = finished(s.get("status").asText(), CLERK);
    assertEquals("done", done.get("state").asText(), done.toString());
    assertEquals(3, done.get("total").asInt());
    assertEquals(3, done.get("done").asInt());
    assertEquals(2, done.get("ok").asInt());
    assertEquals(1, done.get("failed").asInt());
    assertFalse(done.get("truncated").asBoolean());
    JsonNode r = done.get("rows");
    assertEquals(3, r.size());
    assertEquals(1, r.get(0).get("row").asInt());
    assertEquals("00001-校企合作协议-No.1.docx", r.get(0).get("file").asText());
    assertEquals("ok", r.get(0).get("status").asText());
    assertEquals("error", r.get(2).get("status").asText());
    assertEquals("", r.get(2).get("file").asText());
    assertTrue(r.get(2).get("reason").asText().contains("文书编号（doc.number）：必填"), done.toString());

    ApiResponse zip = call("GET", "/api/documents/batches/" + id + "/zip", CLERK, null, null);
    assertEquals(200, zip.status(), zip.text());
    assertEquals("application/zip", zip.headers().get("Content-Type"));
    java.util.Set<String> names = new java.util.TreeSet<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.content()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertEquals(java.util.Set.of("00001-校企合作协议-No.1.docx", "00002-校企合作协议-No.2.docx", "manifest.csv"), names);

    // the clerk's list of jobs finds it again (after a reload of the page); another user's list does not
    JsonNode mine = json(call("GET", "/api/documents/batches", CLERK, null, null)).get("jobs");
    assertEquals(id, mine.get(0).get("id").asText(), mine.toString());
    assertEquals("done", mine.get(0).get("state").asText());
    assertEquals("名单.csv", mine.get(0).get("file").asText());
    assertEquals(2, mine.get(0).get("ok").asInt());
    assertFalse(mine.get(0).has("rows"));
    WebPrincipal other = new WebPrincipal("clerk2", Role.CLERK);
    assertEquals(0, json(call("GET", "/api/documents/batches", other, null, null)).get("jobs").size());

    // another user sees neither the job nor its zip
    assertEquals(404, call("GET", "/api/documents/batches/" + id, other, null, null).status());
    assertEquals(404, call("GET", "/api/documents/batches/" + id + "/zip", other, null, null).status());
    assertEquals(404, call("GET", "/api/documents/batches/0123abcd", CLERK, null, null).status());
  }

  @Test
  void backgroundBatchWithoutAnyDocumentFailsWithTheRowsReasons() throws Exception {
    ApiResponse started = startBatch("cooperation-agreement", multipart("file=名单.csv", "caseId,title\nC-1,正常\n"));
    assertEquals(202, started.status(), started.text());
    JsonNode failed = finished(json(started).get("status").asText(), CLERK);
    assertEquals("failed", failed.get("state").asText());
    assertEquals("BATCH_FAILED", failed.get("code").asText());
    assertEquals(1, failed.get("failed").asInt());
    assertTrue(failed.get("rows").get(0).get("reason").asText().contains("份数（一式几份）（doc.copies）"), failed.toString());
    ApiResponse zip = call("GET", "/api/documents/batches/" + json(started).get("id").asText() + "/zip", CLERK, null, null);
    assertEquals(409, zip.status());
  }

  @Test
  void backgroundBatchRefusesBadInputBeforeStarting() throws Exception {
    String rows = "caseId,title\nC-1,正常\n";
    assertEquals("INVALID_DOC", json(startBatch("cooperation-agreement", multipart("file=a.csv", rows, "doc", "{\"copies\":0}")))
        .get("code").asText());
    assertEquals("UNSUPPORTED_ROWS", json(startBatch("cooperation-agreement", multipart("file=a.txt", rows))).get("code").asText());
    assertEquals("INVALID_CASE", json(startBatch("cooperation-agreement", multipart("file=a.csv", rows, "case", "[1]"))).get("code").asText());
    assertEquals(404, startBatch("no-such", multipart("file=a.csv", rows)).status());
    assertEquals(415, call("POST", "/api/documents/cooperation-agreement/batches", CLERK, JSON, "{}").status());
    assertEquals(400, call("POST", "/api/documents/cooperation-agreement/batches?override=true", CLERK,
        "multipart/form-data; boundary=" + BOUNDARY, multipart("file=a.csv", rows)).status());
    // CSRF as for every POST
    ApiResponse noToken = api.handle(Fakes.request("POST", "/api/documents/cooperation-agreement/batches", CLERK,
        "multipart/form-data; boundary=" + BOUNDARY, multipart("file=a.csv", rows), Map.of()));
    assertEquals(403, noToken.status());
    assertEquals("CSRF", json(noToken).get("code").asText());
  }

  @Test
  void aTemplateNamedInChineseAndNotInTheManifestIsListedAndGenerated() throws Exception {
    JsonNode t = json(call("GET", "/api/templates", CLERK, null, null));
    assertEquals("实习安排表", t.get(2).get("id").asText());
    assertEquals("实习安排表", t.get(2).get("title").asText());
    ApiResponse ok = call("POST", "/api/documents/实习安排表", CLERK, JSON, AGREEMENT.formatted("正常"));
    assertEquals(200, ok.status(), ok.text());
    assertTrue(java.net.URLDecoder.decode(ok.headers().get("Content-Disposition"), StandardCharsets.UTF_8).contains("实习安排表"));
    // not described: a compliant decision is needed, as for the agreements
    assertEquals(409, call("POST", "/api/documents/实习安排表", CLERK, JSON, AGREEMENT.formatted("违规")).status());
  }

  @Test
  void aRefusedTemplateIsListedWithItsReasonAndAsking404SaysWhy() throws Exception {
    JsonNode p = json(call("GET", "/api/templates/problems", CLERK, null, null));
    assertEquals(1, p.size());
    assertEquals("坏模板", p.get(0).get("template").asText());
    assertEquals("UNKNOWN_FIELD", p.get(0).get("code").asText());
    assertEquals("学校：{{school.nmae}}", p.get(0).get("where").asText());
    ApiResponse missing = call("POST", "/api/documents/坏模板", CLERK, JSON, AGREEMENT.formatted("正常"));
    assertEquals(404, missing.status());
    assertTrue(json(missing).get("message").asText().contains("school.nmae"), missing.text());
  }

  @Test
  void policyStaffCheckAndPutInForceAnUploadedTemplateClerksCannot() throws Exception {
    String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    JsonNode bad = json(call("POST", "/api/templates/check/实习安排表", POLICY, docx, "PK 学校：{{school.nmae}}"));
    assertFalse(bad.get("ok").asBoolean());
    assertEquals("UNKNOWN_FIELD", bad.get("problems").get(0).get("code").asText());
    assertTrue(json(call("POST", "/api/templates/check/实习安排表", POLICY, docx, "PK 学校：{{school.name}}")).get("ok").asBoolean());

    ApiResponse refused = call("POST", "/api/templates/实习安排表", POLICY, docx, "PK 学校：{{school.nmae}}");
    assertEquals(400, refused.status());
    assertEquals("TEMPLATE_REFUSED", json(refused).get("code").asText());
    assertEquals("学校：{{school.nmae}}", json(refused).get("problems").get(0).get("where").asText());
    ApiResponse replaced = call("POST", "/api/templates/实习安排表", POLICY, docx, "PK 学校：{{school.name}}");
    assertEquals(200, replaced.status(), replaced.text());
    assertTrue(json(replaced).get("replaced").asBoolean());

    assertEquals(403, call("POST", "/api/templates/实习安排表", CLERK, docx, "PK").status());
    assertEquals(415, call("POST", "/api/templates/实习安排表", POLICY, JSON, "{}").status());
  }

  @Test
  void listsTemplatesCaseTypesAndServesTheConsoleAndOpenApi() throws Exception {
    JsonNode t = json(call("GET", "/api/templates", CLERK, null, null));
    assertEquals("校企合作协议", t.get(0).get("title").asText());
    JsonNode fields = t.get(0).get("docFields");
    assertEquals(3, fields.size());
    assertEquals("doc.copies", fields.get(1).get("path").asText());
    assertEquals("份数（一式几份）", fields.get(1).get("label").asText());
    assertEquals("integer", fields.get(1).get("type").asText());
    assertTrue(fields.get(1).get("required").asBoolean());
    assertFalse(fields.get(2).get("required").asBoolean());
    assertEquals("一", fields.get(2).get("default").asText());
    assertEquals("date", t.get(1).get("docFields").get(0).get("type").asText());
    JsonNode types = json(call("GET", "/api/case-types", CLERK, null, null));
    assertEquals(13, types.size());
    assertEquals(200, call("GET", "/console/index.html", CLERK, null, null).status());
    assertEquals(302, call("GET", "/", CLERK, null, null).status());
    assertEquals(404, call("GET", "/console/../pom.xml", CLERK, null, null).status());
    JsonNode openapi = json(call("GET", "/api/openapi.json", CLERK, null, null));
    assertEquals("3.0.3", openapi.get("openapi").asText());
    assertTrue(openapi.get("paths").has("/cases/evaluate"));
    assertTrue(openapi.get("paths").has("/documents/{templateId}/batch"));
    assertTrue(openapi.get("paths").has("/documents/{templateId}/batches"));
    assertTrue(openapi.get("paths").has("/documents/batches/{jobId}"));
    assertTrue(openapi.get("paths").has("/documents/batches/{jobId}/zip"));
    assertTrue(openapi.get("paths").has("/templates/problems"));
    assertTrue(openapi.at("/components/schemas/Template/properties").has("docFields"));
    // the documented decision is the one the API answers with: every component, nothing more
    for (Class<?> type : java.util.List.of(org.hezuo.api.decision.Decision.class,
        org.hezuo.api.decision.Finding.class, org.hezuo.api.decision.FieldError.class)) {
      java.util.List<String> documented = new java.util.ArrayList<>();
      openapi.at("/components/schemas/" + type.getSimpleName() + "/properties").fieldNames()
          .forEachRemaining(documented::add);
      assertEquals(java.util.Arrays.stream(type.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName).toList(), documented, type.getSimpleName());
    }
    assertEquals("#/components/schemas/Decision", openapi.at(
        "/paths/~1cases~1evaluate/post/responses/200/content/application~1json/schema/$ref").asText());
  }
}
