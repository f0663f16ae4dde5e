package org.hezuo.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.api.constraints.FieldLabels;
import org.hezuo.api.decision.FieldError;

/**
 * The project's one JSON configuration: ISO dates ({@code 2026-09-01}) and times ({@code 22:00}),
 * exact decimals, enums by code or Chinese label, unknown fields refused. Thread-safe.
 */
public final class HezuoJson {
  private static final ObjectMapper MAPPER = create();

  private HezuoJson() {}

  private static ObjectMapper create() {
    SimpleModule enums = new SimpleModule("hezuo-enums");
    enums.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new LabelEnumDeserializer(type.getRawClass());
          }
        });
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        // after the time module: its LocalDate reader gives way to the one for clerks' dates
        .registerModule(ClerkScalars.module())
        .registerModule(enums)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /**
   * A date as clerks write it and as a case's JSON reads it: {@code 2026-09-01}, {@code 2026/9/1},
   * {@code 2026.9.1} or {@code 2026年9月1日}.
   *
   * @param text the text
   * @return the date, or null when the text is none of these or no such day exists
   */
  public static LocalDate date(String text) {
    return ClerkScalars.date(text);
  }

  /**
   * The shared mapper. Do not reconfigure it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads JSON into a type; syntax and type errors come back as field errors, never as exceptions.
   *
   * @param <T> the type
   * @param json the UTF-8 JSON
   * @param type the class to read
   * @return the value, or the errors
   */
  public static <T> ReadResult<T> read(byte[] json, Class<T> type) {
    // unknown fields and values of the wrong form are collected and reading goes on, so that a
    // caller learns every such mistake at once, not one per attempt
    List<FieldError> found = new ArrayList<>();
    try {
      T value = READER.withAttribute(ERRORS, found).forType(type).readValue(json);
      return found.isEmpty() ? new ReadResult<>(value, List.of()) : new ReadResult<>(null, labelled(found, type));
    } catch (IOException e) {
      found.add(toFieldError(e));
      return new ReadResult<>(null, labelled(found, type));
    }
  }

  /** The errors with their paths named in Chinese: 学生[1].出生日期 for students[0].birthDate. */
  private static List<FieldError> labelled(List<FieldError> errors, Class<?> type) {
    return errors.stream().map(e -> new FieldError(e.path(), FieldLabels.of(type, e.path()), e.code(),
        e.message())).toList();
  }

  /** Where {@link #COLLECT} puts what it finds (an attribute of each read). */
  private static final String ERRORS = "hezuo.json.errors";

  /** Records unknown fields and unreadable values as field errors and lets the reading go on. */
  private static final DeserializationProblemHandler COLLECT = new DeserializationProblemHandler() {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      List<FieldError> errors = errors(ctxt);
      if (errors == null) {
        return false;
      }
      String path = path(p.getParsingContext());
      errors.add(new FieldError(path, path, "JSON_UNKNOWN_FIELD", "未知字段“" + propertyName + "”，请检查拼写"));
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
        String valueToConvert, String failureMsg) {
      return unreadable(ctxt, targetType, valueToConvert);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
        Number valueToConvert, String failureMsg) {
      return unreadable(ctxt, targetType, valueToConvert);
    }

    /** Records a value of the wrong form and reads null in its place. */
    private Object unreadable(DeserializationContext ctxt, Class<?> targetType, Object given) {
      List<FieldError> errors = errors(ctxt);
      if (errors == null || targetType.isPrimitive()) {
        return NOT_HANDLED;
      }
      String path = path(ctxt.getParser().getParsingContext());
      errors.add(new FieldError(path, path, "JSON_TYPE", "“" + given + "”不是有效的" + describe(targetType)));
      return null;
    }

    @SuppressWarnings("unchecked")
    private List<FieldError> errors(DeserializationContext ctxt) {
      return (List<FieldError>) ctxt.getAttribute(ERRORS);
    }
  };

  private static final ObjectReader READER = MAPPER.reader().withHandler(COLLECT);

  /** The path of the value a parser is at: {@code students[0].birthDate}. */
  private static String path(JsonStreamContext at) {
    java.util.LinkedList<JsonMappingException.Reference> refs = new java.util.LinkedList<>();
    for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        refs.addFirst(new JsonMappingException.Reference(null, Math.max(0, c.getCurrentIndex())));
      } else if (c.inObject() && c.getCurrentName() != null) {
        refs.addFirst(new JsonMappingException.Reference(null, c.getCurrentName()));
      }
    }
    return path(refs);
  }

  /**
   * Reads JSON from a stream; see {@link #read(byte[], Class)}.
   *
   * @param <T> the type
   * @param in the UTF-8 JSON, not closed
   * @param type the class to read
   * @return the value, or the errors
   */
  public static <T> ReadResult<T> read(InputStream in, Class<T> type) {
    try {
      return read(in.readAllBytes(), type);
    } catch (IOException e) {
      return new ReadResult<>(null, List.of(toFieldError(e)));
    }
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as compact JSON bytes (for hashing and transport).
   *
   * @param value the value
   * @return UTF-8 JSON
   */
  public static byte[] writeCompact(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FieldError toFieldError(IOException e) {
    if (e instanceof JsonParseException p) {
      var loc = p.getLocation();
      return new FieldError(
          "",
          "",
          "JSON_SYNTAX",
          "JSON格式错误（第" + loc.getLineNr() + "行第" + loc.getColumnNr() + "列）：" + p.getOriginalMessage());
    }
    if (e instanceof JsonMappingException m) {
      String path = path(m);
      if (m instanceof UnrecognizedPropertyException u) {
        return new FieldError(
            path, path, "JSON_UNKNOWN_FIELD", "未知字段“" + u.getPropertyName() + "”，请检查拼写");
      }
      Class<?> target =
          m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
      String expected = describe(target);
      String given = m instanceof InvalidFormatException f ? "“" + f.getValue() + "”" : "所填的值";
      return new FieldError(path, path, "JSON_TYPE", given + "不是有效的" + expected);
    }
    return new FieldError("", "", "JSON_READ", "无法读取JSON：" + e.getMessage());
  }

  private static String path(JsonMappingException m) {
    return path(m.getPath());
  }

  /** A path as field errors give it: {@code students[0].birthDate}. */
  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      }
    }
    return sb.toString();
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "值";
    }
    if (target == LocalDate.class) {
      return "日期（如2026-09-01、2026/9/1或2026年9月1日）";
    }
    if (target == LocalTime.class) {
      return "时间（格式为HH:mm，如22:00）";
    }
    if (target == Integer.class || target == Long.class || target == int.class || target == long.class) {
      return "整数";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "数字";
    }
    if (target == Boolean.class) {
      return "是否值（true或false，或写“是”“否”）";
    }
    if (target.isEnum()) {
      StringBuilder sb = new StringBuilder("选项，可选：");
      Object[] cs = target.getEnumConstants();
      for (int i = 0; i < cs.length; i++) {
        sb.append(i == 0 ? "" : "、").append(((Enum<?>) cs[i]).name());
      }
      return sb.toString();
    }
    if (List.class.isAssignableFrom(target)) {
      return "列表（JSON数组）";
    }
    if (target == String.class) {
      return "文本";
    }
    return "对象（JSON对象）";
  }
}
