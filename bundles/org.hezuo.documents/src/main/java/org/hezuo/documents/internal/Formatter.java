package org.hezuo.documents.internal;

import java.util.Locale;

/**
 * A formatter named in a field tag after {@code |}, with its optional argument after {@code :}.
 *
 * @param kind which formatter
 * @param arg the argument, or null
 */
public record Formatter(Kind kind, String arg) {

    /** The formatters, each with its English and Chinese name. */
    public enum Kind {
        DATE("date", "日期"), UPPER("upper", "大写"), MONEY("money", "金额"), MASK("mask", "脱敏"), CHECK("check", "勾选"),
        DEFAULT("default", "缺省");

        final String en;
        final String zh;

        Kind(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    /**
     * Parses {@code name} or {@code name:arg} (the colon may be full-width).
     *
     * @param spec the text between two {@code |}
     * @return the formatter
     * @throws TagSyntaxException for an unknown name or a missing argument
     */
    public static Formatter parse(String spec) {
        int colon = firstColon(spec);
        String name = (colon < 0 ? spec : spec.substring(0, colon)).strip();
        String arg = colon < 0 ? null : Tag.unquote(spec.substring(colon + 1).strip());
        for (Kind k : Kind.values()) {
            if (k.en.equals(name.toLowerCase(Locale.ROOT)) || k.zh.equals(name)) {
                if (arg == null && k == Kind.DEFAULT) {
                    throw new TagSyntaxException("MISSING_FORMATTER_ARGUMENT", "格式“" + name + "”需要参数，例如 缺省:无");
                }
                return new Formatter(k, arg);
            }
        }
        throw new TagSyntaxException("UNKNOWN_FORMATTER",
                "不认识的格式“" + name + "”：可用 日期/date、大写/upper、金额/money、脱敏/mask、勾选/check、缺省/default");
    }

    private static int firstColon(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' || s.charAt(i) == '：') {
                return i;
            }
        }
        return -1;
    }
}
