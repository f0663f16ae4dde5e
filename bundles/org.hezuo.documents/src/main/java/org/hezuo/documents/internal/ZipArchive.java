package org.hezuo.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the central directory of a zip held in memory, so that entries can be copied raw (still
 * compressed, CRC and sizes known) into a new zip. No ZIP64, no encryption: .docx templates need neither.
 */
final class ZipArchive {

    /** One entry: where its compressed bytes are and what the headers must say. */
    record Entry(String name, byte[] nameBytes, int method, int flags, int time, int date, int crc, int compressedSize,
            int size, int dataOffset) {
    }

    private ZipArchive() {
    }

    static List<Entry> read(byte[] zip) {
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (le32(zip, i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new IllegalArgumentException("not a zip file (no end of central directory)");
        }
        int count = le16(zip, eocd + 10);
        int p = le32(zip, eocd + 16);
        if (count == 0xFFFF || p == -1) {
            throw new IllegalArgumentException("ZIP64 archives are not supported");
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (le32(zip, p) != 0x02014b50) {
                throw new IllegalArgumentException("corrupt zip central directory");
            }
            int flags = le16(zip, p + 8);
            int method = le16(zip, p + 10);
            int nameLen = le16(zip, p + 28);
            int extraLen = le16(zip, p + 30);
            int commentLen = le16(zip, p + 32);
            int local = le32(zip, p + 42);
            byte[] nameBytes = java.util.Arrays.copyOfRange(zip, p + 46, p + 46 + nameLen);
            if ((flags & 1) != 0 || (method != 0 && method != 8)) {
                throw new IllegalArgumentException("unsupported zip entry (encrypted or method " + method + ")");
            }
            if (le32(zip, local) != 0x04034b50) {
                throw new IllegalArgumentException("corrupt zip local header");
            }
            int dataOffset = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
            entries.add(new Entry(new String(nameBytes, StandardCharsets.UTF_8), nameBytes, method, flags & 0x0800,
                    le16(zip, p + 12), le16(zip, p + 14), le32(zip, p + 16), le32(zip, p + 20), le32(zip, p + 24),
                    dataOffset));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return entries;
    }

    static byte[] content(byte[] zip, Entry e) {
        if (e.method() == 0) {
            return java.util.Arrays.copyOfRange(zip, e.dataOffset(), e.dataOffset() + e.size());
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(zip, e.dataOffset(), e.compressedSize());
            byte[] out = new byte[e.size()];
            int n = 0;
            while (n < out.length && !inf.finished()) {
                int r = inf.inflate(out, n, out.length - n);
                if (r == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += r;
            }
            if (n != out.length) {
                throw new IllegalArgumentException("corrupt zip entry " + e.name());
            }
            return out;
        } catch (DataFormatException ex) {
            throw new IllegalArgumentException("corrupt zip entry " + e.name(), ex);
        } finally {
            inf.end();
        }
    }

    static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static int le32(byte[] b, int i) {
        return le16(b, i) | le16(b, i + 2) << 16;
    }
}
