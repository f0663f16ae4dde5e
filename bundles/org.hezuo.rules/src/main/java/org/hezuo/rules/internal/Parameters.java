package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hezuo.api.rules.PackParameters;

/**
 * The parameters of all packs ({@code pack.properties}, UTF-8), merged; a name defined by two packs
 * is a problem. Immutable; {@link #with} gives a copy with overrides (scenario tests).
 */
public final class Parameters implements PackParameters {
  private final Map<String, String> values;
  private final Map<String, Choices> choices;
  // rules read parameters inside their conditions, once per fact: each value is parsed once
  private final Map<String, Object> parsed = new ConcurrentHashMap<>();

  /**
   * The values a parameter may take, declared in its file by a comment line {@code # 可选值：a、b、c}
   * right above it (for the parameters that follow up to the next comment or blank line); {@code
   * （可多选）} in that line lets a comma-separated list of them.
   *
   * @param values the values
   * @param many whether several may be given, separated by commas
   */
  record Choices(List<String> values, boolean many) {
    boolean allows(String value) {
      if (!many) {
        return values.contains(value);
      }
      for (String v : value.split("[,，]")) {
        if (!values.contains(v.trim())) {
          return false;
        }
      }
      return true;
    }

    String refusal(String name, String value) {
      return "参数 " + name + " 的值“" + value + "”不在可选值中，应为" + (many ? "以下一个或几个（逗号分隔）" : "以下之一")
          + "：" + String.join("、", values);
    }
  }

  private static final Pattern CHOICES = Pattern.compile("^#\\s*可选值(（可多选）)?\\s*[：:]\\s*(.+)$");

  Parameters(Map<String, String> values) {
    this(values, Map.of());
  }

  private Parameters(Map<String, String> values, Map<String, Choices> choices) {
    this.values = Map.copyOf(values);
    this.choices = Map.copyOf(choices);
  }

  /**
   * Parses the parameter files.
   *
   * @param files the {@code pack.properties} files
   * @param problems where refusals go
   * @return the merged parameters
   */
  public static Parameters parse(List<RuleFile> files, List<RuleProblem> problems) {
    Map<String, String> map = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    Map<String, Choices> choices = new HashMap<>();
    for (RuleFile f : files) {
      Properties p = new Properties();
      try {
        p.load(new StringReader(f.text()));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new RuleProblem(f.path(), 0, 0, "PARAMETERS_FORMAT", "参数文件格式错误：" + e.getMessage()));
        continue;
      }
      for (String name : p.stringPropertyNames()) {
        String before = origin.putIfAbsent(name, f.path());
        if (before != null) {
          problems.add(
              new RuleProblem(
                  f.path(), lineOf(f.text(), name), 0, "PARAMETER_DUPLICATE",
                  "参数 " + name + " 已在 " + before + " 中定义，参数名在所有规则包中必须唯一"));
        } else {
          map.put(name, p.getProperty(name).trim());
        }
      }
      // the values a parameter may take, where its file declares them
      Choices declared = null;
      String[] lines = f.text().split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String t = lines[i].trim();
        Matcher m = CHOICES.matcher(t);
        if (m.matches()) {
          declared = new Choices(java.util.Arrays.stream(m.group(2).split("[、,，]"))
              .map(String::trim).filter(v -> !v.isEmpty()).toList(), m.group(1) != null);
        } else if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
          declared = null;
        } else if (declared != null) {
          String name = t.split("\\s*[=:]", 2)[0].trim();
          String value = p.getProperty(name);
          if (value != null) {
            choices.put(name, declared);
            if (!declared.allows(value.trim())) {
              problems.add(new RuleProblem(f.path(), i + 1, 0, "PARAMETER_VALUE",
                  declared.refusal(name, value.trim())));
            }
          }
        }
      }
    }
    return new Parameters(map, choices);
  }

  private static int lineOf(String text, String name) {
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().startsWith(name)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * A copy with some values replaced; unknown names are refused so a scenario cannot test a typo.
   *
   * @param overrides names and values
   * @return the new parameters
   * @throws IllegalArgumentException if a name is not defined by any pack
   */
  public Parameters with(Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    Map<String, String> copy = new HashMap<>(values);
    for (var e : overrides.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        throw new IllegalArgumentException("未定义的参数：" + e.getKey());
      }
      Choices c = choices.get(e.getKey());
      if (c != null && !c.allows(e.getValue().trim())) {
        throw new IllegalArgumentException(c.refusal(e.getKey(), e.getValue()));
      }
      copy.put(e.getKey(), e.getValue());
    }
    return new Parameters(copy, choices);
  }

  /**
   * All values.
   *
   * @return names and values
   */
  public Map<String, String> asMap() {
    return values;
  }

  private String raw(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("未定义的参数：" + name + "（请在规则包的 pack.properties 中定义）");
    }
    return v;
  }

  @Override
  public int integer(String name) {
    return typed(name, Integer.class, v -> Integer.parseInt(v), "整数");
  }

  @Override
  public BigDecimal decimal(String name) {
    return typed(name, BigDecimal.class, BigDecimal::new, "数字");
  }

  @Override
  public String text(String name) {
    return raw(name);
  }

  @Override
  public boolean flag(String name) {
    return typed(name, Boolean.class, v -> {
      if (v.equalsIgnoreCase("true") || v.equals("是")) {
        return true;
      }
      if (v.equalsIgnoreCase("false") || v.equals("否")) {
        return false;
      }
      throw new IllegalArgumentException(v);
    }, " true 或 false");
  }

  @Override
  public LocalTime time(String name) {
    return typed(name, LocalTime.class, LocalTime::parse, "时间（HH:mm）");
  }

  /**
   * A value read as a type, parsed the first time it is asked for and kept (a value read as two
   * types is parsed again whenever the type changes, and stays right).
   */
  private <T> T typed(String name, Class<T> type, Function<String, T> parse, String expected) {
    Object v = parsed.get(name);
    if (type.isInstance(v)) {
      return type.cast(v);
    }
    String raw = raw(name);
    T value;
    try {
      value = parse.apply(raw);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("参数 " + name + " 应为" + expected + "：" + raw, e);
    }
    parsed.put(name, value);
    return value;
  }
}
