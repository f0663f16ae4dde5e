package org.hezuo.documents.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.FloorWriter;
import org.hezuo.documents.internal.TemplateCompiler;
import org.hezuo.documents.internal.TemplateRenderer;
import org.hezuo.documents.internal.TestModel;

/**
 * Documents per second and bytes allocated per document, single thread, on a tripartite internship
 * agreement with a 50-row student table: Hezuo vs the floor vs poi-tl, XDocReport (template cache) and
 * docx4j VariableReplace. Run: {@code mvn -Pbench -pl bundles/org.hezuo.documents test-compile exec:java}
 * (add {@code -Dexec.args="hezuo floor"} to pick engines). Not a unit test.
 */
public final class RenderBenchmark {

    /** One engine under test: renders one document into out. */
    @FunctionalInterface
    interface Engine {
        void render(OutputStream out) throws Exception;
    }

    /** Counts bytes, keeps none. */
    static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("floor", "hezuo", "hezuo-fast", "floor-fast", "poitl", "xdoc", "docx4j") : List.of(args);
        TestModel.PolicyCase data = TestModel.sample(AgreementFixture.STUDENTS);
        System.out.printf("%-12s %12s %14s %12s%n", "engine", "docs/s", "KB alloc/doc", "doc KB");
        for (String name : which) {
            Engine e = engine(name, data);
            if (e != null) {
                measure(name, e);
            }
        }
    }

    private static Engine engine(String name, TestModel.PolicyCase data) throws Exception {
        byte[] hezuo = AgreementFixture.template(AgreementFixture.Dialect.HEZUO);
        CompiledTemplate t = TemplateCompiler.compile("三方协议", hezuo, FieldSchema.of(TestModel.PolicyCase.class));
        switch (name) {
            case "hezuo", "hezuo-fast" -> {
                TemplateRenderer r = new TemplateRenderer(name.endsWith("fast") ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                return out -> {
                    if (!r.render(t, data, out).isEmpty()) {
                        throw new IllegalStateException("render failed");
                    }
                };
            }
            case "floor", "floor-fast" -> {
                byte[] rendered = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION).generate(t, data).document();
                FloorWriter f = new FloorWriter(rendered, name.endsWith("fast") ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                return f::write;
            }
            case "poitl" -> {
                return PoiTlEngine.create(AgreementFixture.template(AgreementFixture.Dialect.POITL), data);
            }
            case "xdoc" -> {
                return XDocReportEngine.create(AgreementFixture.template(AgreementFixture.Dialect.XDOC), data);
            }
            case "docx4j" -> {
                Map<String, String> vars = new HashMap<>();
                vars.put("number", data.getNumber());
                vars.put("school_name", data.getSchool().name());
                vars.put("school_creditCode", data.getSchool().creditCode());
                vars.put("school_representative", data.getSchool().representative());
                vars.put("enterprise_name", data.getEnterprise().name().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
                vars.put("enterprise_creditCode", data.getEnterprise().creditCode());
                vars.put("enterprise_representative", data.getEnterprise().representative());
                vars.put("placement_startDate", data.getPlacement().startDate().toString());
                vars.put("placement_endDate", data.getPlacement().endDate().toString());
                vars.put("placement_monthlyPay", data.getPlacement().monthlyPay().toPlainString());
                for (int i = 1; i <= data.getStudents().size(); i++) {
                    TestModel.Student s = data.getStudents().get(i - 1);
                    vars.put("s" + i + "_name", s.name());
                    vars.put("s" + i + "_gender", s.gender().label());
                    vars.put("s" + i + "_birthDate", s.birthDate().toString());
                    vars.put("s" + i + "_idNumber", s.idNumber());
                }
                return Docx4jEngine.create(AgreementFixture.template(AgreementFixture.Dialect.DOCX4J), vars);
            }
            default -> {
                System.out.println("unknown engine " + name);
                return null;
            }
        }
    }

    /** Checks one output: every student row present, no tag left. */
    private static String verify(Engine e) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        e.render(bytes);
        byte[] xml = org.hezuo.documents.internal.DocxTestSupport.unzip(bytes.toByteArray()).get("word/document.xml");
        String s = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        int rows = 0;
        for (int i = 1; i <= AgreementFixture.STUDENTS; i++) {
            rows += s.contains(">学生" + i + "<") ? 1 : 0;
        }
        boolean leftover = s.contains("{{") || s.contains("${") || s.contains("[name]") || s.contains("@before-row");
        return rows + " rows" + (leftover ? ", TAGS LEFT" : "") + (s.contains("A&amp;B&lt;c&gt;") ? "" : ", BAD ESCAPE");
    }

    private static void measure(String name, Engine e) throws Exception {
        String check = verify(e);
        Sink sink = new Sink();
        long budgetNanos = 4_000_000_000L;
        // warm up for a third of the budget
        long end = System.nanoTime() + budgetNanos / 3;
        while (System.nanoTime() < end) {
            e.render(sink);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        sink.bytes = 0;
        int n = 0;
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        end = t0 + budgetNanos;
        while (System.nanoTime() < end || n < 5) {
            e.render(sink);
            n++;
        }
        long t1 = System.nanoTime();
        long a1 = mx.getThreadAllocatedBytes(tid);
        System.out.printf("%-12s %12.1f %14.1f %12.1f   %s%n", name, n / ((t1 - t0) / 1e9), (a1 - a0) / 1024.0 / n,
                sink.bytes / 1024.0 / n, check);
    }

}
