package org.hezuo.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hezuo.api.constraints.CreditCode;
import org.hezuo.api.constraints.Phone;
import org.hezuo.api.constraints.ResidentId;
import org.hezuo.api.constraints.ResidentIdValidator;

/**
 * Dates and yes/no values as clerks, Excel and WPS write them, read besides the JSON forms: a date
 * may be {@code 2008-05-12}, {@code 2008/5/12}, {@code 2008.5.12} or {@code 2008年5月12日}; a yes/no
 * value {@code true}/{@code false} or 是/否 (also 有/无, √/×, Y/N, 1/0). Anything else is an
 * unreadable value, reported with the field's path. Identity, credit-code and phone numbers typed with
 * a Chinese input method (full-width digits and letters, spaces between groups, a small x) are read
 * in their plain form: {@code ５２０５２２ ２０１０１０１５ ０３１ｘ} as {@code 52052220101015031X}.
 */
final class ClerkScalars {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private ClerkScalars() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("hezuo-clerk-scalars");
    m.addDeserializer(LocalDate.class, new Dates());
    m.addDeserializer(Boolean.class, new YesNo());
    m.addDeserializer(BigDecimal.class, new Amount<>(BigDecimal.class, d -> d));
    m.addDeserializer(Integer.class, new Amount<>(Integer.class, BigDecimal::intValueExact));
    m.addDeserializer(Long.class, new Amount<>(Long.class, BigDecimal::longValueExact));
    m.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
          BeanDescription beanDesc, BeanDeserializerBuilder builder) {
        java.util.List<SettableBeanProperty> numbers = new java.util.ArrayList<>();
        builder.getProperties().forEachRemaining(p -> {
          if (p.getType().getRawClass() == String.class && (p.getAnnotation(ResidentId.class) != null
              || p.getAnnotation(CreditCode.class) != null || p.getAnnotation(Phone.class) != null)) {
            numbers.add(p);
          }
        });
        numbers.forEach(p -> builder.addOrReplaceProperty(
            p.withValueDeserializer(new PlainNumber(p.getAnnotation(Phone.class) == null)), true));
        return builder;
      }
    });
    return m;
  }

  /**
   * A number as typed with a Chinese input method, in its plain form: full-width digits, letters
   * and marks made half-width; spaces dropped; and, for identity and credit codes, letters upper case.
   *
   * @param text the text
   * @param upperCase whether letters become upper case
   * @return the plain form
   */
  static String plainNumber(String text, boolean upperCase) {
    if (isPlain(text, upperCase)) {
      // most numbers already are: keep the string (every ID number of every case passes here)
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u2014' || c == '\u2013' || c == '\u2212') {
        c = '-';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      sb.append(upperCase ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  /** Only ASCII digits, letters (upper case when asked) and hyphens: nothing to change. */
  private static boolean isPlain(String text, boolean upperCase) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-'
          || (!upperCase && c >= 'a' && c <= 'z');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern AMOUNT = Pattern.compile(
      "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(?:元|人|名|天|日|小时|次|个)?");

  /**
   * A number as written in a sheet or by hand: full-width digits, thousands separators and a unit
   * after it ({@code １２,０００.５０元}, {@code 200人}) are read as the number.
   *
   * @param text the text
   * @return the number, or null when the text is not one
   */
  static BigDecimal amount(String text) {
    Matcher m = AMOUNT.matcher(plainNumber(text, false).replace('，', ','));
    return m.matches() ? new BigDecimal(m.group(1).replace(",", "")) : null;
  }

  /** Numbers in JSON as usual; in text, as {@link #amount} reads them. */
  private static final class Amount<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final java.util.function.Function<BigDecimal, T> convert;

    Amount(Class<T> type, java.util.function.Function<BigDecimal, T> convert) {
      this.type = type;
      this.convert = convert;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        try {
          return convert.apply(p.getDecimalValue());
        } catch (ArithmeticException e) {
          return (T) ctxt.handleWeirdNumberValue(type, p.getNumberValue(), "not a whole number");
        }
      }
      if (t != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(type, p);
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      BigDecimal d = amount(text);
      try {
        if (d != null) {
          return convert.apply(d);
        }
      } catch (ArithmeticException e) {
        // a fraction where a whole number is needed
      }
      return (T) ctxt.handleWeirdStringValue(type, text, "not a number");
    }
  }

  private static final class PlainNumber extends JsonDeserializer<String> {
    private final boolean upperCase;

    PlainNumber(boolean upperCase) {
      this.upperCase = upperCase;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      if (text == null) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      return plainNumber(text, upperCase);
    }
  }

  /**
   * A date written in one of the forms above.
   *
   * @param text the text
   * @return the date, or null when the text is none of them or no such day exists
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      // the ISO form, which JSON written by programs always uses: read without the pattern
      int y = ResidentIdValidator.digits(text, 0, 4);
      int mo = ResidentIdValidator.digits(text, 5, 7);
      int d = ResidentIdValidator.digits(text, 8, 10);
      if (y >= 0 && mo >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final class Dates extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      LocalDate d = date(text);
      return d != null ? d
          : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }
  }

  private static final class YesNo extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (p.currentToken()) {
        case VALUE_TRUE -> {
          return Boolean.TRUE;
        }
        case VALUE_FALSE -> {
          return Boolean.FALSE;
        }
        case VALUE_NUMBER_INT -> {
          if (p.getIntValue() == 0 || p.getIntValue() == 1) {
            return p.getIntValue() == 1;
          }
          return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, p.getText(), "not yes/no");
        }
        case VALUE_STRING -> {
          String t = p.getText().strip();
          switch (t.toUpperCase(Locale.ROOT)) {
            case "是", "有", "√", "✓", "Y", "YES", "TRUE", "1" -> {
              return Boolean.TRUE;
            }
            case "否", "无", "×", "✗", "N", "NO", "FALSE", "0" -> {
              return Boolean.FALSE;
            }
            case "" -> {
              return null;
            }
            default -> {
              return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, t, "not yes/no");
            }
          }
        }
        default -> {
          return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
      }
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
