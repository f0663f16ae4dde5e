package org.hezuo.documents.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.Student;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateData;
import org.hezuo.documents.TemplateException;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.TemplateCompiler;
import org.hezuo.documents.internal.TemplateRenderer;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every template under {@code templates/}: listed in the manifest, compiles against {@link TemplateData#SCHEMA}
 * (an unknown field fails, naming template and paragraph), renders with each matching case of
 * {@code examples/*.json} and of the test fixtures, and leaves no tag, names every party and every student.
 * Rendered files are kept under {@code target/rendered-templates/} for looking at.
 */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("../../templates");
    private static final Path EXAMPLES = Path.of("../../examples");
    private static final Path FIXTURES = Path.of("src/test/resources/template-cases");
    private static final Path OUT = Path.of("target/rendered-templates");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final TemplateRenderer RENDERER = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION);

    record Entry(String id, String file, String title, List<String> caseTypes, String committeeKind) {
    }

    record Case(String source, PolicyCase value) {
    }

    private static List<Entry> manifest() throws IOException {
        JsonNode root = HezuoJson.mapper().readTree(Files.readAllBytes(TEMPLATES.resolve("manifest.json")));
        List<Entry> list = new ArrayList<>();
        for (JsonNode t : root.get("templates")) {
            List<String> types = new ArrayList<>();
            t.get("caseTypes").forEach(n -> types.add(n.asText()));
            JsonNode k = t.get("committeeKind");
            list.add(new Entry(t.get("id").asText(), t.get("file").asText(), t.get("title").asText(), types,
                    k == null || k.isNull() ? null : k.asText()));
        }
        return list;
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path dir : List.of(EXAMPLES, FIXTURES)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    ReadResult<PolicyCase> r = HezuoJson.read(Files.readAllBytes(f), PolicyCase.class);
                    if (!r.ok()) {
                        if (dir == FIXTURES) {
                            fail(f + ": " + r.errors());
                        }
                        continue;   // examples/ may hold files that are not cases; the JSON module's tests own them
                    }
                    cases.add(new Case(dir.getFileName() + "/" + f.getFileName(), r.value()));
                }
            }
        }
        return cases;
    }

    private static boolean matches(Entry e, PolicyCase c) {
        if (c.getCaseType() == null || !e.caseTypes().contains(c.getCaseType().name())) {
            return false;
        }
        return e.committeeKind() == null || c.getCommittee() != null && c.getCommittee().getKind() != null
                && c.getCommittee().getKind().name().equals(e.committeeKind());
    }

    static DocumentInfo doc() {
        DocumentInfo d = new DocumentInfo("黔西府发〔2026〕12号", "贵州省黔西市", LocalDate.of(2026, 2, 25), 4);
        d.setCopiesEach(1);
        d.setIssuer("黔西县人民政府");
        d.setRecipients("各乡（镇）人民政府、街道办事处，县直各部门");
        d.setDueDate(LocalDate.of(2026, 6, 30));
        d.setAccount("黔西县财政局国库专户，开户行：中国农业银行黔西支行，账号：2341 0101 0400 12345");
        return d;
    }

    static Decision decision(PolicyCase c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refundDue", new BigDecimal("24000.00"));
        return new Decision(c.getCaseId(), c.getCaseType() == null ? null : c.getCaseType().name(), Outcome.COMPLIANT, "合规",
                List.of(), values, List.of(), "national-internship@2026.02", "9f2c4e1ab37d", List.of(), c.getAsOf(),
                Instant.parse("2026-02-20T08:00:00Z"));
    }

    static byte[] templateBytes(Entry e) throws IOException {
        return Files.readAllBytes(TEMPLATES.resolve(e.file()));
    }

    @Test
    void manifestListsEveryTemplateFileAndNothingElse() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(TEMPLATES)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx")).forEach(files::add);
        }
        TreeSet<String> listed = new TreeSet<>();
        manifest().forEach(e -> listed.add(e.file()));
        assertEquals(files, listed);
        assertEquals(14, files.size());
    }

    @Test
    void templateDataDelegatesEveryCaseProperty() {
        for (Method m : PolicyCase.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() == PolicyCase.class
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                try {
                    TemplateData.class.getMethod(m.getName());
                } catch (NoSuchMethodException ex) {
                    fail("TemplateData lacks " + m.getName() + "(): add the delegate so templates can use it");
                }
            }
        }
    }

    @Test
    void unknownFieldFailsNamingTemplateAndParagraph() throws IOException {
        Entry e = manifest().get(0);
        byte[] broken = replaceInDocument(templateBytes(e), "{{school.name}}", "{{school.nmae}}");
        TemplateException ex = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateCompiler.compile(e.file(), broken, TemplateData.SCHEMA));
        assertTrue(ex.problems().stream().anyMatch(p -> p.code().equals("UNKNOWN_FIELD") && p.template().equals(e.file())
                && !p.where().isEmpty() && p.path().contains("school.nmae")), ex.problems()::toString);
    }

    @TestFactory
    List<DynamicTest> everyTemplateCompilesAndRendersWithItsCases() throws IOException {
        List<Case> cases = cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry e : manifest()) {
            tests.add(DynamicTest.dynamicTest(e.id(), () -> {
                CompiledTemplate t;
                try {
                    t = TemplateCompiler.compile(e.file(), templateBytes(e), TemplateData.SCHEMA);
                } catch (TemplateException ex) {
                    throw new AssertionError(e.file() + " does not compile:\n" + ex.problems(), ex);
                }
                List<Case> mine = cases.stream().filter(c -> matches(e, c.value())).toList();
                assertFalse(mine.isEmpty(), () -> e.id() + ": no case in examples/ or the fixtures has case type " + e.caseTypes());
                int rendered = 0;
                for (Case c : mine) {
                    GenerationResult r = RENDERER.generate(t, new TemplateData(c.value(), doc(), decision(c.value())));
                    if (!r.ok() && c.source().startsWith("examples/")
                            && r.problems().stream().allMatch(p -> p.code().equals("MISSING_VALUE"))) {
                        // an example written for the rules may lack what a signed document needs (e.g. no enterprise
                        // block): the engine refuses it, as it must; say which fields so the example can be completed
                        System.err.println("[templates] " + e.id() + " not generated from " + c.source() + ": " + r.problems());
                        continue;
                    }
                    assertTrue(r.ok(), () -> e.id() + " with " + c.source() + ": " + r.problems());
                    rendered++;
                    Files.createDirectories(OUT);
                    String name = e.id() + "--" + c.source().replace('/', '_').replace(".json", "") + ".docx";
                    Files.write(OUT.resolve(name), r.document());
                    check(e, c, t, r.document());
                }
                assertTrue(rendered > 0, e.id() + ": no case rendered");
            }));
        }
        return tests;
    }

    private static void check(Entry e, Case c, CompiledTemplate t, byte[] docx) throws Exception {
        Map<String, byte[]> parts = unzip(docx);
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (p.getKey().matches("word/(document|header\\d*|footer\\d*)\\.xml")) {
                String text = text(p.getValue());
                assertFalse(text.contains("{{") || text.contains("}}"), () -> e.id() + " " + p.getKey() + " still holds a tag: " + text);
                all.append(text).append('\n');
            }
        }
        String text = all.toString();
        PolicyCase pc = c.value();
        String where = e.id() + " with " + c.source();
        if (pc.getSchool() != null && t.fields().stream().anyMatch(f -> f.startsWith("school."))) {
            assertTrue(text.contains(pc.getSchool().getName()), where + ": school name missing");
        }
        if (t.fields().contains("enterprise.name")) {
            assertTrue(text.contains(pc.getEnterprise().getName()), where + ": enterprise name missing");
        }
        if (t.fields().contains("students")) {
            for (Student s : pc.getStudents()) {
                assertTrue(text.contains(s.getName()), where + ": student " + s.getName() + " missing");
            }
        }
        if (e.id().equals("internship-tripartite-agreement")) {
            for (Student s : pc.getStudents()) {
                assertTrue(text.contains(s.getIdNumber()), where + ": ID of " + s.getName() + " missing");
            }
            assertTrue(text.contains("《职业学校学生实习管理规定》"), where);
        }
        if (e.id().equals("consortium-agreement")) {
            pc.getConsortium().getUniversities().forEach(u -> assertTrue(text.contains(u), where + ": " + u));
            assertTrue(text.contains("1:2:7"), where);
        }
        if (e.id().equals("refund-notice")) {
            assertTrue(text.contains("24,000.00") && text.contains("贰万肆仟元整"), where + ": refund due missing");
        }
        String document = text(parts.get("word/document.xml"));
        if (document.contains("协议编号")) {
            assertTrue(document.contains("（以下无正文）"), where + ": no （以下无正文）");
            assertTrue(document.contains("《中华人民共和国民法典》"), where + ": legal basis");
            // the 联合体 (plan 2) is an R&D consortium, not vocational education: it cites the 科学技术进步法 instead
            assertTrue(document.contains(e.id().equals("consortium-agreement") ? "《中华人民共和国科学技术进步法》"
                    : "《中华人民共和国职业教育法》"), where + ": legal basis");
            assertFalse(document.contains("签定") || document.contains("共嬴"), where + ": seed typo");
        }
        if (e.id().equals("steering-committee-notice")) {
            assertTrue(document.matches("(?s).*[\\p{IsHan}]+〔\\d{4}〕[1-9]\\d*号.*"), where + ": 发文字号 with 〔〕");
            String settings = new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8);
            assertTrue(settings.contains("evenAndOddHeaders"), where + ": odd/even page numbers");
        } else {
            String footers = new StringBuilder().append(parts.containsKey("word/footer1.xml")
                    ? new String(parts.get("word/footer1.xml"), StandardCharsets.UTF_8) : "").toString();
            assertTrue(footers.contains(" PAGE ") && footers.contains(" NUMPAGES "), where + ": 第 X 页 共 Y 页 fields");
            assertTrue(text.contains("规则版本 national-internship@2026.02 · 案件 9f2c4e1ab37d"), where + ": decision reference");
        }
    }

    /** LibreOffice round trip of the tripartite agreement: the PDF text holds party and student names. */
    @Test
    void tripartiteAgreementConvertsToPdfWithChineseNames() throws Exception {
        Assumptions.assumeTrue(onPath("soffice") && onPath("pdftotext"), "LibreOffice (soffice) or pdftotext not installed");
        Entry e = manifest().stream().filter(x -> x.id().equals("internship-tripartite-agreement")).findFirst().orElseThrow();
        CompiledTemplate t = TemplateCompiler.compile(e.file(), templateBytes(e), TemplateData.SCHEMA);
        PolicyCase c = cases().stream().filter(x -> matches(e, x.value())).findFirst().orElseThrow().value();
        GenerationResult r = RENDERER.generate(t, new TemplateData(c, doc(), decision(c)));
        assertTrue(r.ok(), r.problems()::toString);
        Path dir = Files.createDirectories(OUT.resolve("pdf"));
        Path docx = dir.resolve("tripartite.docx");
        Files.write(docx, r.document());
        Path profile = Files.createTempDirectory("lo-profile");
        run(dir, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.toAbsolutePath().toString(), docx.toAbsolutePath().toString());
        Path pdf = dir.resolve("tripartite.pdf");
        assertTrue(Files.exists(pdf), "no PDF written");
        run(dir, "pdftotext", "-layout", pdf.toAbsolutePath().toString(), dir.resolve("tripartite.txt").toAbsolutePath().toString());
        String text = Files.readString(dir.resolve("tripartite.txt"), StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]", "");
        assertTrue(text.contains(c.getSchool().getName()), "school name not in PDF text");
        assertTrue(text.contains(c.getEnterprise().getName()), "enterprise name not in PDF text");
        for (Student s : c.getStudents()) {
            assertTrue(text.contains(s.getName()), "student " + s.getName() + " not in PDF text");
        }
        assertTrue(text.contains("第1页共"), "page X of Y not computed in the PDF");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(cmd[0] + ".log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd[0] + " timed out");
        }
        assertEquals(0, p.exitValue(), () -> cmd[0] + " failed: " + read(dir.resolve(cmd[0] + ".log")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry z; (z = in.getNextEntry()) != null; ) {
                parts.put(z.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] replaceInDocument(byte[] docx, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> p : unzip(docx).entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                byte[] b = p.getValue();
                if (p.getKey().equals("word/document.xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(b);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The text of a part, read namespace-aware: w:t, tabs and breaks; one line per paragraph. */
    static String text(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        StringBuilder b = new StringBuilder();
        NodeList ps = d.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            NodeList ts = ((org.w3c.dom.Element) ps.item(i)).getElementsByTagNameNS(W, "t");
            for (int j = 0; j < ts.getLength(); j++) {
                b.append(ts.item(j).getTextContent());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
