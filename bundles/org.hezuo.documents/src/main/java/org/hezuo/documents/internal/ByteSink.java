package org.hezuo.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer, reused across documents, with UTF-8 XML-escaping writers.
 */
final class ByteSink {
    byte[] buf;
    int len;

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    void reset() {
        len = 0;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void le16(int v) {
        ensure(2);
        buf[len++] = (byte) v;
        buf[len++] = (byte) (v >>> 8);
    }

    void le32(long v) {
        le16((int) (v & 0xFFFF));
        le16((int) ((v >>> 16) & 0xFFFF));
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /**
     * Writes text XML-escaped as UTF-8 inside a {@code w:t}: characters XML forbids are dropped, a line
     * break becomes {@code lineBreak} (closing and reopening the w:t around a w:br), a tab {@code tab}.
     */
    void writeText(String s, byte[] lineBreak, byte[] tab) {
        int n = s.length();
        ensure(n * 3);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> ascii("&amp;");
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '\n' -> write(lineBreak);
                    case '\r' -> {
                        if (i + 1 >= n || s.charAt(i + 1) != '\n') {
                            write(lineBreak);
                        }
                    }
                    case '\t' -> write(tab);
                    default -> {
                        if (c >= 0x20) {
                            writeByte(c);
                        }
                    }
                }
            } else if (c < 0x800) {
                ensure(2);
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    ensure(4);
                    buf[len++] = (byte) (0xF0 | (cp >> 18));
                    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (cp & 0x3F));
                }
            } else if (!Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                ensure(3);
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }
}
