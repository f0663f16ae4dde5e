package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.hezuo.api.rules.PackParameters;

/**
 * The parameters of all packs ({@code pack.properties}, UTF-8), merged; a name defined by two packs
 * is a problem. Immutable; {@link #with} gives a copy with overrides (scenario tests).
 */
public final class Parameters implements PackParameters {
  private final Map<String, String> values;

  Parameters(Map<String, String> values) {
    this.values = Map.copyOf(values);
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
    }
    return new Parameters(map);
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
      copy.put(e.getKey(), e.getValue());
    }
    return new Parameters(copy);
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
    try {
      return Integer.parseInt(raw(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("参数 " + name + " 应为整数：" + raw(name), e);
    }
  }

  @Override
  public BigDecimal decimal(String name) {
    try {
      return new BigDecimal(raw(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("参数 " + name + " 应为数字：" + raw(name), e);
    }
  }

  @Override
  public String text(String name) {
    return raw(name);
  }

  @Override
  public boolean flag(String name) {
    String v = raw(name);
    if (v.equalsIgnoreCase("true") || v.equals("是")) {
      return true;
    }
    if (v.equalsIgnoreCase("false") || v.equals("否")) {
      return false;
    }
    throw new IllegalArgumentException("参数 " + name + " 应为 true 或 false：" + v);
  }

  @Override
  public LocalTime time(String name) {
    try {
      return LocalTime.parse(raw(name));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("参数 " + name + " 应为时间（HH:mm）：" + raw(name), e);
    }
  }
}
