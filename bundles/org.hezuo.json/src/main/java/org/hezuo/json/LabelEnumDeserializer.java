package org.hezuo.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an enum from its code ({@code POST_INTERNSHIP}, any case) or its Chinese label (岗位实习),
 * so that clerks and spreadsheets can use either.
 */
final class LabelEnumDeserializer extends JsonDeserializer<Enum<?>> {
  private final Class<?> type;
  private final Map<String, Enum<?>> byText = new HashMap<>();

  LabelEnumDeserializer(Class<?> type) {
    this.type = type;
    Method label = null;
    try {
      label = type.getMethod("label");
    } catch (NoSuchMethodException e) {
      // enums without Chinese labels are read by code only
    }
    for (Object c : type.getEnumConstants()) {
      Enum<?> e = (Enum<?>) c;
      byText.put(e.name().toUpperCase(java.util.Locale.ROOT), e);
      if (label != null) {
        try {
          byText.put(String.valueOf(label.invoke(e)), e);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }

  @Override
  public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = p.getValueAsString();
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    Enum<?> e = byText.get(t);
    if (e == null) {
      e = byText.get(t.toUpperCase(java.util.Locale.ROOT));
    }
    if (e == null) {
      return (Enum<?>) ctxt.handleWeirdStringValue(type, text, "not one of the allowed values");
    }
    return e;
  }
}
