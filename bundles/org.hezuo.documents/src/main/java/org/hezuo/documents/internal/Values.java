package org.hezuo.documents.internal;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * Turns values into text: defaults per type, the formatters, truthiness and comparison for conditions.
 */
public final class Values {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿"};
    private static final BigDecimal MAX_UPPER = new BigDecimal("1000000000000");

    /** Each enum constant's label(), or name() when it has none; by ordinal. */
    private static final ClassValue<String[]> LABELS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] labels = new String[constants.length];
            Method m = null;
            try {
                m = type.getMethod("label");
            } catch (NoSuchMethodException e) {
                // names then
            }
            for (int i = 0; i < constants.length; i++) {
                labels[i] = ((Enum<?>) constants[i]).name();
                try {
                    Object l = m == null ? null : m.invoke(constants[i]);
                    labels[i] = l == null ? labels[i] : l.toString();
                } catch (ReflectiveOperationException e) {
                    // keep the name
                }
            }
            return labels;
        }
    };

    private Values() {
    }

    /**
     * Whether a value counts as empty: null, blank text, empty collection or map.
     *
     * @param v the value
     * @return true if empty
     */
    public static boolean isEmpty(Object v) {
        return v == null || v instanceof CharSequence s && s.toString().isBlank()
                || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }

    /**
     * Truthiness for {@code {{#if}}}: non-null, non-empty, true, non-zero.
     *
     * @param v the value
     * @return whether the condition holds
     */
    public static boolean truthy(Object v) {
        if (isEmpty(v)) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof CharSequence s) {
            String t = s.toString().strip();
            return !(t.equals("false") || t.equals("否") || t.equals("0"));
        }
        return true;
    }

    /**
     * Whether a value equals the text written in a template: same text, enum name or label, or same number.
     *
     * @param v the value
     * @param expected the text in the template
     * @return true if they match
     */
    public static boolean matches(Object v, String expected) {
        if (v == null) {
            return false;
        }
        if (v instanceof Enum<?> e && e.name().equals(expected)) {
            return true;
        }
        if (v instanceof Boolean b) {
            return b ? expected.equals("true") || expected.equals("是") : expected.equals("false") || expected.equals("否");
        }
        if (v instanceof Number) {
            try {
                return toDecimal(v).compareTo(new BigDecimal(expected)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return text(v).equals(expected);
    }

    /**
     * The default text of a value: enums by {@code label()}, dates in Chinese, booleans 是/否.
     *
     * @param v the value, not null
     * @return its text
     */
    public static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Enum<?> e) {
            return label(e);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof LocalDate || v instanceof Date) {
            return date(v);
        }
        if (v instanceof LocalDateTime t) {
            return date(t) + String.format(" %d:%02d", t.getHour(), t.getMinute());
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (o != null) {
                    sb.append(sb.length() == 0 ? "" : "、").append(text(o));
                }
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }

    /**
     * Applies one formatter.
     *
     * @param f the formatter
     * @param v the value (null only for check)
     * @return the formatted text
     * @throws TagSyntaxException if the value does not suit the formatter
     */
    public static String format(Formatter f, Object v) {
        return switch (f.kind()) {
            case DATE -> date(v);
            case UPPER -> upper(toDecimal(v));
            case MONEY -> money(toDecimal(v));
            case MASK -> mask(text(v));
            case CHECK -> check(v, f.arg()) ? "☑" : "☐";
            case DEFAULT -> text(v);
        };
    }

    private static String label(Enum<?> e) {
        return LABELS.get(e.getDeclaringClass())[e.ordinal()];
    }

    static boolean check(Object v, String arg) {
        if (arg == null) {
            return Boolean.TRUE.equals(v) || v instanceof String s && (s.equals("true") || s.equals("是"));
        }
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                if (matches(o, arg)) {
                    return true;
                }
            }
            return false;
        }
        return matches(v, arg);
    }

    /**
     * A date as 2026年11月28日 (Arabic numerals, no leading zeros, GB/T 9704 7.3.5.4).
     *
     * @param v a LocalDate, date-time, java.util.Date or ISO text
     * @return the Chinese date
     */
    public static String date(Object v) {
        LocalDate d;
        if (v instanceof LocalDate ld) {
            d = ld;
        } else if (v instanceof LocalDateTime t) {
            d = t.toLocalDate();
        } else if (v instanceof ZonedDateTime z) {
            d = z.toLocalDate();
        } else if (v instanceof OffsetDateTime o) {
            d = o.toLocalDate();
        } else if (v instanceof Date dt) {
            d = dt.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        } else if (v instanceof TemporalAccessor ta) {
            d = LocalDate.from(ta);
        } else {
            String s = String.valueOf(v).strip();
            try {
                d = LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                throw new TagSyntaxException("NOT_A_DATE", "“" + s + "”不是日期（应为 2026-11-28 这样的格式）");
            }
        }
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        String s = String.valueOf(v).strip().replace(",", "").replace("，", "");
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new TagSyntaxException("NOT_A_NUMBER", "“" + s + "”不是数字");
        }
    }

    /**
     * An amount with thousands separators and two decimals: 12,000.00.
     *
     * @param d the amount
     * @return the text
     */
    public static String money(BigDecimal d) {
        String plain = d.setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean neg = plain.startsWith("-");
        String digits = neg ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        StringBuilder sb = new StringBuilder(plain.length() + 6);
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        sb.append(digits, dot, digits.length());
        return neg ? "-" + sb : sb.toString();
    }

    /**
     * An amount in Chinese capitals (大写金额): 12000 → 壹万贰仟元整, 12000.50 → 壹万贰仟元伍角, 0 → 零元整.
     *
     * @param amount the amount, rounded to fen
     * @return the text
     * @throws TagSyntaxException from one trillion up
     */
    public static String upper(BigDecimal amount) {
        BigDecimal d = amount.setScale(2, RoundingMode.HALF_UP);
        if (d.abs().compareTo(MAX_UPPER) >= 0) {
            throw new TagSyntaxException("AMOUNT_TOO_LARGE", "金额“" + amount.toPlainString() + "”过大，无法写成大写");
        }
        StringBuilder sb = new StringBuilder();
        if (d.signum() < 0) {
            sb.append('负');
            d = d.negate();
        }
        long yuan = d.longValue();
        int cents = d.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        if (yuan > 0) {
            integerPart(yuan, sb);
            sb.append('元');
        } else if (cents == 0) {
            sb.append("零元");
        }
        if (cents == 0) {
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS.charAt(fen)).append('分');
        }
        return sb.toString();
    }

    private static void integerPart(long n, StringBuilder sb) {
        int[] groups = {(int) (n / 100_000_000L), (int) (n / 10_000 % 10_000), (int) (n % 10_000)};
        boolean started = false;
        boolean pendingZero = false;
        for (int g = 0; g < 3; g++) {
            int v = groups[g];
            if (v == 0) {
                pendingZero |= started;
                continue;
            }
            if (started && (pendingZero || v < 1000)) {
                sb.append('零');
            }
            boolean zero = false;
            boolean any = false;
            for (int p = 3; p >= 0; p--) {
                int digit = v / (int) Math.pow(10, p) % 10;
                if (digit == 0) {
                    zero |= any;
                } else {
                    if (zero) {
                        sb.append('零');
                    }
                    sb.append(DIGITS.charAt(digit)).append(SMALL_UNITS[p]);
                    zero = false;
                    any = true;
                }
            }
            sb.append(GROUP_UNITS[2 - g]);
            started = true;
            pendingZero = false;
        }
    }

    /**
     * Masks an identity number: first 6 and last 4 characters kept, stars between; shorter values keep
     * only their last 4 (or nothing when 4 or fewer).
     *
     * @param s the value
     * @return the masked value
     */
    public static String mask(String s) {
        int n = s.length();
        if (n > 10) {
            return s.substring(0, 6) + "*".repeat(n - 10) + s.substring(n - 4);
        }
        return n > 4 ? "*".repeat(n - 4) + s.substring(n - 4) : "*".repeat(n);
    }
}
