package org.hezuo.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.GenerationResult;

/**
 * Renders compiled templates: walks each part's program into a reused buffer, deflates only those parts
 * and copies every other zip entry raw. Thread-safe; per-thread scratch (buffers, Deflater) comes from
 * a small pool rather than ThreadLocals, so nothing outlives the bundle.
 */
public final class TemplateRenderer {
    private static final int POOL_MAX = 16;

    /** Scratch space for one rendering. */
    private static final class Context {
        final RenderState state = new RenderState();
        final Deflater deflater;
        final CRC32 crc = new CRC32();
        final ByteSink deflated = new ByteSink(64 << 10);
        final ZipSink zip = new ZipSink();
        ByteSink[] parts = new ByteSink[0];

        Context(int level) {
            deflater = new Deflater(level, true);
        }

        ByteSink part(int i) {
            if (i >= parts.length) {
                parts = java.util.Arrays.copyOf(parts, i + 1);
            }
            if (parts[i] == null) {
                parts[i] = new ByteSink(64 << 10);
            }
            return parts[i];
        }
    }

    private final int level;
    private final ConcurrentLinkedQueue<Context> pool = new ConcurrentLinkedQueue<>();

    /**
     * Creates a renderer.
     *
     * @param level the deflate level for rendered parts, {@link Deflater#DEFAULT_COMPRESSION} or 1 (fast) to 9
     */
    public TemplateRenderer(int level) {
        this.level = level;
    }

    /**
     * Renders a document into a byte array.
     *
     * @param t the template
     * @param data the case (any object graph)
     * @return the document, or the problems that prevented it
     */
    public GenerationResult generate(CompiledTemplate t, Object data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(t.zip().length + (t.zip().length >> 1));
        try {
            List<DocumentProblem> problems = render(t, data, out);
            return problems.isEmpty() ? GenerationResult.of(out.toByteArray()) : GenerationResult.failed(problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a document into a stream; writes nothing at all when there is a problem.
     *
     * @param t the template
     * @param data the case (any object graph)
     * @param out where the .docx goes
     * @return the problems; empty when the document was written
     * @throws IOException from the stream
     */
    public List<DocumentProblem> render(CompiledTemplate t, Object data, OutputStream out) throws IOException {
        Context c = pool.poll();
        if (c == null) {
            c = new Context(level);
        }
        try {
            RenderState st = c.state;
            st.reset(data, t.name());
            List<ZipArchive.Entry> entries = t.entries();
            for (int i = 0; i < entries.size(); i++) {
                Node[] program = t.program(i);
                if (program != null) {
                    ByteSink sink = c.part(i);
                    sink.reset();
                    run(program, st, sink);
                }
            }
            if (!st.problems.isEmpty()) {
                return st.problems.list();
            }
            write(t, c, out);
            return List.of();
        } finally {
            c.state.reset(null, "");
            if (pool.size() < POOL_MAX) {
                pool.offer(c);
            } else {
                c.deflater.end();
            }
        }
    }

    private static void write(CompiledTemplate t, Context c, OutputStream out) throws IOException {
        byte[] zip = t.zip();
        List<ZipArchive.Entry> entries = t.entries();
        c.zip.start(out);
        for (int i = 0; i < entries.size(); i++) {
            ZipArchive.Entry e = entries.get(i);
            if (t.program(i) == null) {
                c.zip.add(e, e.method(), e.crc(), e.compressedSize(), e.size(), zip, e.dataOffset());
                continue;
            }
            ByteSink xml = c.parts[i];
            c.crc.reset();
            c.crc.update(xml.buf, 0, xml.len);
            deflate(c, xml);
            c.zip.add(e, 8, (int) c.crc.getValue(), c.deflated.len, xml.len, c.deflated.buf, 0);
        }
        c.zip.finish();
    }

    static void deflate(Context c, ByteSink xml) {
        Deflater d = c.deflater;
        d.reset();
        d.setInput(xml.buf, 0, xml.len);
        d.finish();
        ByteSink out = c.deflated;
        out.reset();
        while (!d.finished()) {
            if (out.len == out.buf.length) {
                out.buf = java.util.Arrays.copyOf(out.buf, out.buf.length * 2);
            }
            out.len += d.deflate(out.buf, out.len, out.buf.length - out.len);
        }
    }

    private static void run(Node[] program, RenderState st, ByteSink out) {
        for (Node n : program) {
            if (n instanceof Node.Literal l) {
                out.write(l.bytes());
            } else if (n instanceof Node.Field f) {
                field(f, st, out);
            } else if (n instanceof Node.Each e) {
                each(e, st, out);
            } else if (n instanceof Node.If c) {
                Object v = st.resolve(c.tag().path(), c.where());
                if (v != RenderState.UNKNOWN) {
                    boolean holds = c.tag().operand() == null ? Values.truthy(v)
                            : Values.matches(v, c.tag().operand()) != c.tag().negate();
                    run(holds ? c.then() : c.otherwise(), st, out);
                }
            }
        }
    }

    private static void each(Node.Each e, RenderState st, ByteSink out) {
        Object list = st.resolve(e.tag().path(), e.where());
        if (list == RenderState.UNKNOWN) {
            return;
        }
        if (list == null) {
            st.problems.add("MISSING_VALUE", "缺少列表“" + e.tag().path() + "”" + st.position(), e.where(), e.tag().path().text());
            return;
        }
        int size = RenderState.size(list);
        if (size >= 0) {
            for (int i = 0; i < size; i++) {
                st.push(list instanceof List<?> l ? l.get(i) : Array.get(list, i), i);
                run(e.body(), st, out);
                st.pop();
            }
        } else if (list instanceof Iterable<?> it) {
            int i = 0;
            for (Object item : it) {
                st.push(item, i++);
                run(e.body(), st, out);
                st.pop();
            }
        } else {
            st.problems.add("NOT_A_LIST", "“" + e.tag().path() + "”不是列表", e.where(), e.tag().path().text());
        }
    }

    private static void field(Node.Field f, RenderState st, ByteSink out) {
        Tag tag = f.tag();
        Object v = st.resolve(tag.path(), f.where());
        if (v == RenderState.UNKNOWN) {
            return;
        }
        String text;
        try {
            if (Values.isEmpty(v) && (tag.defaultText() != null || !isCheck(tag))) {
                if (tag.defaultText() == null) {
                    st.problems.add("MISSING_VALUE", "缺少字段“" + tag.path() + "”的值" + st.position(), f.where(), tag.path().text());
                    return;
                }
                text = tag.defaultText();
            } else if (tag.formatters().isEmpty()) {
                text = Values.text(v);
            } else {
                Object cur = v;
                for (Formatter fm : tag.formatters()) {
                    cur = Values.format(fm, cur);
                }
                text = (String) cur;
            }
        } catch (TagSyntaxException e) {
            st.problems.add(e.code(), "字段“" + tag.path() + "”" + st.position() + "：" + e.getMessage(), f.where(), tag.path().text());
            return;
        }
        out.writeText(text, f.lineBreak(), f.tab());
    }

    static boolean isCheck(Tag tag) {
        return !tag.formatters().isEmpty() && tag.formatters().get(0).kind() == Formatter.Kind.CHECK;
    }

    static boolean isCollection(Object o) {
        return o instanceof Collection<?>;
    }
}
