package org.hezuo.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

/**
 * Shared Pax Exam set-up: the Felix framework with the bundles the build copied to {@code
 * target/bundles}, the rules from the repository's {@code rules/} folder, and JUnit.
 *
 * @see <a href="../../../../../../README.md">org.hezuo.itests README</a>
 */
public abstract class HezuoTestSupport {

  /**
   * Bundles that must start (and so resolve) first: logging, then the DS runtime and Config Admin.
   * jboss-logging must be resolved before Hibernate Validator: pax-logging-api also exports
   * org.jboss.logging, at 3.5, and Felix prefers an already resolved exporter, which breaks HV 9
   * (NoSuchMethodError Logger.getMessageLogger(Lookup, …)).
   */
  private static final List<String> FIRST =
      List.of("pax-logging-api", "pax-logging-log4j2", "jboss-logging", "org.osgi.util", "org.apache.felix");

  @Inject protected BundleContext bundleContext;

  /**
   * The options every test class starts from.
   *
   * @return logging, our bundles and their run-time dependencies, JUnit
   */
  protected Option baseConfiguration() {
    return baseConfiguration("UTF-8");
  }

  /**
   * The options every test class starts from, with a given platform charset in the framework.
   *
   * @param platformCharset the forked JVM's {@code file.encoding}, e.g. GBK as on a Chinese Windows
   *     server: rule files must still be read as UTF-8 (DESIGN "Encoding")
   * @return logging, our bundles and their run-time dependencies, JUnit
   */
  protected Option baseConfiguration(String platformCharset) {
    return composite(
        systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("INFO"),
        systemProperty("hezuo.rules.dir").value(rulesDirectory().toString()),
        // activations keep their sources and results: in a fresh temporary directory, not the module's var/
        systemProperty("hezuo.state.dir").value(RulesCopy.emptyDir("hezuo-itest-state-").toString()),
        systemProperty("hezuo.itest.examples").value(examplesDir().toString()),
        systemProperty("hezuo.itest.templates").value(repositoryDir("hezuo.itest.templates").toString()),
        // the web bundle registers its servlets; no HTTP connector is opened in the tests
        systemProperty("org.apache.felix.http.enable").value("false"),
        systemProperty("file.encoding").value(platformCharset),
        provisionedBundles(),
        junitBundles());
  }

  /**
   * The rules directory the framework watches ({@code hezuo.rules.dir}). Called in the driver JVM
   * while the options are built; a test class that edits rules overrides it with a temporary copy
   * (see {@link RulesCopy}) and never touches the repository's {@code rules/}.
   *
   * @return the repository's {@code rules/} folder
   */
  protected Path rulesDirectory() {
    return repositoryDir("hezuo.itest.rules");
  }

  /**
   * The repository's {@code examples/} folder (sample cases).
   *
   * @return the folder
   */
  protected static Path examplesDir() {
    return repositoryDir("hezuo.itest.examples");
  }

  private static Path repositoryDir(String property) {
    return Paths.get(System.getProperty(property, "target/missing-" + property)).toAbsolutePath();
  }

  private static Option provisionedBundles() {
    Path dir = Paths.get(System.getProperty("hezuo.itest.bundles", "target/bundles"));
    try (Stream<Path> jars = Files.list(dir)) {
      List<Option> options = new ArrayList<>();
      jars.filter(p -> p.toString().endsWith(".jar"))
          .sorted(Comparator.comparingInt(HezuoTestSupport::rank).thenComparing(Path::toString))
          .forEach(p -> options.add(bundle(p.toUri().toString())));
      if (options.isEmpty()) {
        throw new IllegalStateException("no bundle in " + dir.toAbsolutePath());
      }
      return composite(options.toArray(new Option[0]));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir.toAbsolutePath(), e);
    }
  }

  private static int rank(Path jar) {
    String name = jar.getFileName().toString();
    for (int i = 0; i < FIRST.size(); i++) {
      if (name.startsWith(FIRST.get(i))) {
        return i;
      }
    }
    return FIRST.size();
  }

}
