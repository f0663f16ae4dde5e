package org.hezuo.documents.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a zip whose entries are either copied raw from a template (compressed bytes, CRC and sizes
 * reused) or were just deflated by the renderer. Headers and the central directory go through reused buffers.
 */
final class ZipSink {
    private final ByteSink header = new ByteSink(512);
    private final ByteSink central = new ByteSink(4096);
    private OutputStream out;
    private long offset;
    private int count;

    void start(OutputStream target) {
        out = target;
        offset = 0;
        count = 0;
        central.reset();
    }

    void add(ZipArchive.Entry e, int method, int crc, int compressedSize, int size, byte[] data, int off)
            throws IOException {
        header.reset();
        header.le32(0x04034b50);
        header.le16(20);
        header.le16(e.flags());
        header.le16(method);
        header.le16(e.time());
        header.le16(e.date());
        header.le32(crc);
        header.le32(compressedSize);
        header.le32(size);
        header.le16(e.nameBytes().length);
        header.le16(0);
        header.write(e.nameBytes());
        header.writeTo(out);
        out.write(data, off, compressedSize);

        central.le32(0x02014b50);
        central.le16(20);
        central.le16(20);
        central.le16(e.flags());
        central.le16(method);
        central.le16(e.time());
        central.le16(e.date());
        central.le32(crc);
        central.le32(compressedSize);
        central.le32(size);
        central.le16(e.nameBytes().length);
        central.le32(0); // extra length, comment length
        central.le32(0); // disk number, internal attributes
        central.le32(0); // external attributes
        central.le32(offset);
        central.write(e.nameBytes());
        offset += header.len + compressedSize;
        count++;
    }

    void finish() throws IOException {
        int size = central.len;
        central.le32(0x06054b50);
        central.le32(0);
        central.le16(count);
        central.le16(count);
        central.le32(size);
        central.le32(offset);
        central.le16(0);
        central.writeTo(out);
        out.flush();
        out = null;
    }
}
