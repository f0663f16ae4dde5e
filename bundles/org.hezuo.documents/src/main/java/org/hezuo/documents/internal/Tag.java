package org.hezuo.documents.internal;

import java.util.List;
import java.util.Locale;

/**
 * One parsed {@code {{…}}} tag.
 *
 * @param kind what the tag does
 * @param raw the tag as it stands in the template, braces included
 * @param path the field, list or condition path; null for else and closing tags
 * @param formatters formatters applied to a field, in order (without default)
 * @param defaultText the text for an empty value ({@code 缺省:…}), or null when the value is required
 * @param negate for a condition: {@code !=} instead of {@code ==}
 * @param operand for a condition comparing with a value, the value; else null
 */
public record Tag(Kind kind, String raw, ValuePath path, List<Formatter> formatters, String defaultText, boolean negate,
        String operand) {

    /** What a tag does. */
    public enum Kind {
        FIELD, EACH, IF, ELSE, END_EACH, END_IF;

        boolean opens() {
            return this == EACH || this == IF;
        }

        boolean closes() {
            return this == END_EACH || this == END_IF;
        }
    }

    /**
     * Parses the text between the braces.
     *
     * @param raw the whole tag, {@code {{…}}}
     * @return the tag
     * @throws TagSyntaxException if malformed or naming an unknown formatter
     */
    public static Tag parse(String raw) {
        String s = normalise(raw.substring(2, raw.length() - 2)).strip();
        if (s.isEmpty()) {
            throw new TagSyntaxException("EMPTY_TAG", "空标签 {{}}");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("else") || s.equals("否则")) {
            return new Tag(Kind.ELSE, raw, null, List.of(), null, false, null);
        }
        if (lower.equals("/each")) {
            return new Tag(Kind.END_EACH, raw, null, List.of(), null, false, null);
        }
        if (lower.equals("/if")) {
            return new Tag(Kind.END_IF, raw, null, List.of(), null, false, null);
        }
        if (lower.startsWith("#each ")) {
            return new Tag(Kind.EACH, raw, ValuePath.parse(s.substring(6)), List.of(), null, false, null);
        }
        if (lower.startsWith("#if ")) {
            return condition(raw, s.substring(4).strip());
        }
        if (s.startsWith("#") || s.startsWith("/")) {
            throw new TagSyntaxException("UNKNOWN_BLOCK", "不认识的块标签“" + raw + "”：只有 #each、/each、#if、else、/if");
        }
        String[] parts = s.split("\\|", -1);
        ValuePath path = ValuePath.parse(parts[0]);
        List<Formatter> fs = new java.util.ArrayList<>();
        String def = null;
        for (int i = 1; i < parts.length; i++) {
            Formatter f = Formatter.parse(parts[i].strip());
            if (f.kind() == Formatter.Kind.DEFAULT) {
                def = f.arg();
            } else {
                fs.add(f);
            }
        }
        return new Tag(Kind.FIELD, raw, path, List.copyOf(fs), def, false, null);
    }

    private static Tag condition(String raw, String cond) {
        int eq = cond.indexOf("==");
        int ne = cond.indexOf("!=");
        int at = eq >= 0 ? eq : ne;
        if (at < 0) {
            return new Tag(Kind.IF, raw, ValuePath.parse(cond), List.of(), null, false, null);
        }
        String value = unquote(cond.substring(at + 2).strip());
        if (value.isEmpty()) {
            throw new TagSyntaxException("BAD_CONDITION", "条件“" + raw + "”缺少比较的值");
        }
        return new Tag(Kind.IF, raw, ValuePath.parse(cond.substring(0, at)), List.of(), null, eq < 0, value);
    }

    static String unquote(String v) {
        if (v.length() >= 2) {
            char a = v.charAt(0);
            char b = v.charAt(v.length() - 1);
            if ((a == '"' || a == '\'' || a == '“' || a == '‘' || a == '「') && (b == '"' || b == '\'' || b == '”' || b == '’' || b == '」')) {
                return v.substring(1, v.length() - 1);
            }
        }
        return v;
    }

    /** Full-width punctuation that a Chinese input method produces inside tags, and odd spaces. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '｜' -> sb.append('|');
                case '＃' -> sb.append('#');
                case '／' -> sb.append('/');
                case '＝' -> sb.append('=');
                case '！' -> sb.append('!');
                case '\u00A0', '\u3000', '\t' -> sb.append(' ');
                case '\u00AD', '\u200B', '\uFEFF' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
