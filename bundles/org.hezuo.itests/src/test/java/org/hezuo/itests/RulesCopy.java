package org.hezuo.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A temporary copy of some rule packs of the repository's {@code rules/} folder, for test classes
 * that edit rules or want a cheaper start (fewer packs to compile and test). Used in the driver JVM
 * while the options are built; the repository's folder is never written.
 */
final class RulesCopy {

  private RulesCopy() {}

  /**
   * Copies the named packs into a new temporary directory (deleted when the driver JVM exits).
   *
   * @param packs pack folders under {@code rules/}, e.g. {@code teacher-practice}
   * @return the new rules directory
   */
  static Path of(String... packs) {
    Path source = Path.of(System.getProperty("hezuo.itest.rules", "target/missing-hezuo.itest.rules"))
        .toAbsolutePath();
    try {
      Path target = Files.createTempDirectory("hezuo-itest-rules-");
      for (String pack : packs) {
        Path from = source.resolve(pack);
        if (!Files.isDirectory(from)) {
          throw new IllegalStateException("no rule pack " + from);
        }
        try (Stream<Path> s = Files.walk(from)) {
          for (Path p : s.toList()) {
            Path to = target.resolve(pack).resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(to);
            } else {
              Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
          }
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new empty temporary directory (deleted when the driver JVM exits), e.g. for the rules
   * history ({@code hezuo.state.dir}).
   *
   * @param prefix the name prefix
   * @return the directory
   */
  static Path emptyDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }
}
