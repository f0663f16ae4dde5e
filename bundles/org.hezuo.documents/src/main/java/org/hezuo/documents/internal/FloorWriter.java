package org.hezuo.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The benchmark floor: re-writes an already rendered document, copying every zip entry raw and deflating
 * only {@code word/document.xml} again, with the same writer and level as the renderer. Benchmark use only.
 */
public final class FloorWriter {
    private final byte[] zip;
    private final List<ZipArchive.Entry> entries;
    private final byte[] documentXml;
    private final ZipSink sink = new ZipSink();
    private final Deflater deflater;
    private final ByteSink deflated = new ByteSink(64 << 10);
    private final CRC32 crc = new CRC32();

    /**
     * Prepares the floor for one rendered document.
     *
     * @param rendered a .docx
     * @param level the deflate level
     */
    public FloorWriter(byte[] rendered, int level) {
        zip = rendered;
        entries = ZipArchive.read(rendered);
        documentXml = ZipArchive.content(rendered, entries.stream().filter(e -> e.name().equals("word/document.xml")).findFirst().orElseThrow());
        deflater = new Deflater(level, true);
    }

    /**
     * Writes the document once.
     *
     * @param out where to
     * @throws IOException from the stream
     */
    public void write(OutputStream out) throws IOException {
        sink.start(out);
        for (ZipArchive.Entry e : entries) {
            if (!e.name().equals("word/document.xml")) {
                sink.add(e, e.method(), e.crc(), e.compressedSize(), e.size(), zip, e.dataOffset());
                continue;
            }
            crc.reset();
            crc.update(documentXml);
            deflater.reset();
            deflater.setInput(documentXml);
            deflater.finish();
            deflated.reset();
            while (!deflater.finished()) {
                if (deflated.len == deflated.buf.length) {
                    deflated.buf = java.util.Arrays.copyOf(deflated.buf, deflated.buf.length * 2);
                }
                deflated.len += deflater.deflate(deflated.buf, deflated.len, deflated.buf.length - deflated.len);
            }
            sink.add(e, 8, (int) crc.getValue(), deflated.len, documentXml.length, deflated.buf, 0);
        }
        sink.finish();
    }
}
