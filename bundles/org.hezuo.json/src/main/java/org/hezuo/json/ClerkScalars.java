package org.hezuo.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and yes/no values as clerks, Excel and WPS write them, read besides the JSON forms: a date
 * may be {@code 2008-05-12}, {@code 2008/5/12}, {@code 2008.5.12} or {@code 2008年5月12日}; a yes/no
 * value {@code true}/{@code false} or 是/否 (also 有/无, √/×, Y/N, 1/0). Anything else is an
 * unreadable value, reported with the field's path.
 */
final class ClerkScalars {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private ClerkScalars() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("hezuo-clerk-scalars");
    m.addDeserializer(LocalDate.class, new Dates());
    m.addDeserializer(Boolean.class, new YesNo());
    return m;
  }

  /**
   * A date written in one of the forms above.
   *
   * @param text the text
   * @return the date, or null when the text is none of them or no such day exists
   */
  static LocalDate date(String text) {
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
