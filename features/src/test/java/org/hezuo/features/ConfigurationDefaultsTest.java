package org.hezuo.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.felix.fileinstall.shaded.util.properties.TypedProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped configuration defaults cannot drift from the components: the distribution's FileInstall
 * files ({@code distribution/src/main/dist/load/<pid>.config}) and the Configurator resource
 * ({@code src/main/configurator/hezuo.json}) must name every configurable PID of the Hezuo bundles
 * (their generated Metatype), every property of its {@code @ObjectClassDefinition} interface (read
 * by reflection) and nothing else, with the property's type and default value; every property is
 * commented, and every Metatype name and description is written in Chinese and English.
 */
class ConfigurationDefaultsTest {
  private static final Path LOAD = Path.of(System.getProperty("hezuo.load.dir",
      "../distribution/src/main/dist/load"));
  private static final Path CONFIGURATOR = Path.of(System.getProperty("hezuo.configurator.json",
      "src/main/configurator/hezuo.json"));
  /** The stand-alone host's demo login (README "Run"): the only values allowed to differ. */
  private static final Map<String, Set<String>> HOST_OVERRIDES =
      Map.of("org.hezuo.web", Set.of("identity.header", "demo.users"));
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}[ ,.]+[A-Za-z]{2,}");

  private static Map<String, Designate> designates;

  /** One configurable PID: its Metatype and its configuration interface. */
  record Designate(String pid, Element ocd, Class<?> type, Map<String, Method> properties) {}

  @BeforeAll
  static void readBundles() throws Exception {
    designates = new TreeMap<>();
    Iterator<URL> manifests = ConfigurationDefaultsTest.class.getClassLoader()
        .getResources("META-INF/MANIFEST.MF").asIterator();
    int bundles = 0;
    while (manifests.hasNext()) {
      String url = manifests.next().toString();
      if (!url.startsWith("jar:file:") || !url.contains("/org.hezuo.")) {
        continue;
      }
      bundles++;
      try (JarFile jar = new JarFile(Path.of(new java.net.URI(url.substring(4, url.indexOf("!/"))))
          .toFile())) {
        for (JarEntry e : Collections.list(jar.entries())) {
          if (e.getName().startsWith("OSGI-INF/metatype/") && e.getName().endsWith(".xml")) {
            try (InputStream in = jar.getInputStream(e)) {
              readMetatype(in);
            }
          }
        }
      }
    }
    assertEquals(7, bundles, "the seven Hezuo bundles on the test class path");
    assertFalse(designates.isEmpty(), "no Metatype found in the Hezuo bundles");
  }

  private static void readMetatype(InputStream in) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(in);
    Map<String, Element> ocds = new TreeMap<>();
    NodeList list = doc.getElementsByTagNameNS("*", "OCD");
    for (int i = 0; i < list.getLength(); i++) {
      Element ocd = (Element) list.item(i);
      ocds.put(ocd.getAttribute("id"), ocd);
    }
    NodeList ds = doc.getElementsByTagNameNS("*", "Designate");
    for (int i = 0; i < ds.getLength(); i++) {
      Element d = (Element) ds.item(i);
      assertTrue(d.getAttribute("factoryPid").isEmpty(), "factory configurations are not shipped yet");
      String ocdId = ((Element) d.getElementsByTagNameNS("*", "Object").item(0)).getAttribute("ocdref");
      Class<?> type = Class.forName(ocdId);
      Map<String, Method> properties = new TreeMap<>();
      for (Method m : type.getDeclaredMethods()) {
        properties.put(propertyName(m.getName()), m);
      }
      designates.put(d.getAttribute("pid"), new Designate(d.getAttribute("pid"), ocds.get(ocdId), type,
          properties));
    }
  }

  /** Component property name of an annotation method (OSGi Declarative Services 1.4, 112.8.2.2). */
  static String propertyName(String method) {
    return method.replace("$_$", "-").replace("$$", "\u0000").replace("$", "")
        .replace("__", "\u0001").replace('_', '.').replace('\u0001', '_').replace('\u0000', '$');
  }

  /** The type Config Admin should hold for a property: boxed scalars, String[] for arrays. */
  private static Class<?> configType(Method m) {
    Class<?> t = m.getReturnType();
    if (t.isArray()) {
      return t;
    }
    return t == long.class ? Long.class : t == int.class ? Integer.class
        : t == boolean.class ? Boolean.class : t;
  }

  private static void assertSameValue(Object expected, Object actual, String where) {
    if (expected.getClass().isArray()) {
      assertTrue(actual.getClass().isArray(), where + ": expected an array");
      Object[] a = new Object[Array.getLength(actual)];
      for (int i = 0; i < a.length; i++) {
        a[i] = Array.get(actual, i);
      }
      assertEquals(Arrays.asList((Object[]) expected), Arrays.asList(a), where);
    } else {
      assertEquals(expected, actual, where);
    }
  }

  private static boolean bilingual(String text) {
    return CJK.matcher(text).find() && ENGLISH.matcher(text).find();
  }

  @Test
  void metatypeIsWrittenForAdministratorsInChineseAndEnglish() {
    for (Designate d : designates.values()) {
      assertTrue(bilingual(d.ocd().getAttribute("name") + " " + d.ocd().getAttribute("description")),
          d.pid() + ": component name and description in Chinese and English");
      NodeList ads = d.ocd().getElementsByTagNameNS("*", "AD");
      Set<String> ids = new TreeSet<>();
      for (int i = 0; i < ads.getLength(); i++) {
        Element ad = (Element) ads.item(i);
        ids.add(ad.getAttribute("id"));
        assertTrue(CJK.matcher(ad.getAttribute("name")).find() && ad.getAttribute("name").contains("/"),
            d.pid() + " " + ad.getAttribute("id") + ": name \"中文 / English\"");
        assertTrue(bilingual(ad.getAttribute("description")),
            d.pid() + " " + ad.getAttribute("id") + ": description in Chinese and English");
      }
      assertEquals(d.properties().keySet(), ids, d.pid() + ": Metatype and " + d.type().getName());
    }
  }

  @Test
  void fileInstallDefaultsNameRealPropertiesWithTheirTypesAndDefaults() throws Exception {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(LOAD)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".config") || n.endsWith(".cfg"))
          .forEach(files::add);
    }
    Set<String> expected = new TreeSet<>();
    designates.keySet().forEach(pid -> expected.add(pid + ".config"));
    assertEquals(expected, files, "one .config file per configurable PID in " + LOAD);

    for (Designate d : designates.values()) {
      Path file = LOAD.resolve(d.pid() + ".config");
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        // FileInstall decodes with its own charset setting: only comments may be non-ASCII
        assertTrue(line.startsWith("#") || line.chars().allMatch(c -> c < 128),
            file + ": non-ASCII value line " + line);
      }
      TypedProperties p = new TypedProperties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      assertEquals(d.properties().keySet(), new TreeSet<>(p.keySet()),
          file + ": every property of " + d.type().getName() + " and nothing else");
      for (Map.Entry<String, Method> e : d.properties().entrySet()) {
        String key = e.getKey();
        Object value = p.get(key);
        assertEquals(configType(e.getValue()), value.getClass(), file + " " + key + ": type");
        if (!HOST_OVERRIDES.getOrDefault(d.pid(), Set.of()).contains(key)) {
          assertSameValue(e.getValue().getDefaultValue(), value, file + " " + key + ": default value");
        }
        List<String> comments = p.getComments(key);
        assertTrue(comments != null && bilingual(String.join(" ", comments)),
            file + " " + key + ": a Chinese and English comment above the key");
      }
    }
  }

  @Test
  void configuratorDefaultsNameRealPropertiesWithTheirTypesAndDefaults() throws IOException {
    JsonNode root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build()
        .readTree(CONFIGURATOR.toFile());
    assertEquals(1, root.path(":configurator:resource-version").asInt(), "Configurator resource version");
    Set<String> pids = new TreeSet<>();
    root.fieldNames().forEachRemaining(n -> {
      if (!n.startsWith(":configurator:")) {
        pids.add(n);
      }
    });
    assertEquals(designates.keySet(), pids, CONFIGURATOR + ": one configuration per configurable PID");

    for (Designate d : designates.values()) {
      Map<String, Object> values = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      root.get(d.pid()).fields().forEachRemaining(e -> {
        String[] nameAndType = e.getKey().split(":", 2);
        values.put(nameAndType[0], typed(e.getValue(), nameAndType.length > 1 ? nameAndType[1] : null,
            problems));
      });
      assertEquals(List.of(), problems, d.pid());
      assertEquals(d.properties().keySet(), values.keySet(),
          CONFIGURATOR + " " + d.pid() + ": every property of " + d.type().getName() + " and nothing else");
      for (Map.Entry<String, Method> e : d.properties().entrySet()) {
        Object value = values.get(e.getKey());
        String where = CONFIGURATOR + " " + d.pid() + " " + e.getKey();
        assertEquals(configType(e.getValue()), value.getClass(), where + ": type");
        assertSameValue(e.getValue().getDefaultValue(), value, where + ": default value");
      }
    }
  }

  /** A Configurator value as Config Admin receives it (OSGi Configurator 1.0, 150.4.1.2). */
  private static Object typed(JsonNode v, String type, List<String> problems) {
    if (type == null) {
      if (v.isTextual()) {
        return v.asText();
      } else if (v.isBoolean()) {
        return v.asBoolean();
      } else if (v.isIntegralNumber()) {
        return v.asLong();
      }
      problems.add("give arrays and decimals an explicit type: " + v);
      return v;
    }
    switch (type) {
      case "String":
        return v.asText();
      case "Long":
        return v.asLong();
      case "Integer":
        return v.asInt();
      case "Boolean":
        return v.asBoolean();
      case "String[]": {
        List<String> items = new ArrayList<>();
        v.forEach(item -> items.add(item.asText()));
        return items.toArray(new String[0]);
      }
      default:
        problems.add("unchecked type " + type);
        return v;
    }
  }
}
