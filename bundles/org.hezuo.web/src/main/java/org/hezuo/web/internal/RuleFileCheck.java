package org.hezuo.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PolicyRules;

/**
 * Checks one proposed rule file against a copy of the rules in force, without activating anything:
 * copy the rules directory to a private temporary directory, put the file in place, validate, delete.
 */
public final class RuleFileCheck {
  private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N}._\\-]+(/[\\p{L}\\p{N}._\\-]+)*");

  private RuleFileCheck() {}

  /**
   * Whether a proposed path is a plain relative path inside the rules directory.
   *
   * @param path e.g. {@code national-internship/age.drl}
   * @return true when it has no {@code ..}, no absolute part and only ordinary characters
   */
  public static boolean safePath(String path) {
    if (path == null || path.length() > 200 || !SAFE_PATH.matcher(path).matches()) {
      return false;
    }
    for (String part : path.split("/")) {
      if (part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Validates the rules in force with one file added or replaced.
   *
   * @param rules the rule administration service
   * @param path the file's path relative to the rules directory ({@link #safePath})
   * @param content the file's content
   * @return the report of what an activation would do
   * @throws IllegalArgumentException for an unsafe path
   */
  public static ActivationReport check(PolicyRules rules, String path, String content) {
    if (!safePath(path)) {
      throw new IllegalArgumentException("unsafe rule file path: " + path);
    }
    Path source = Path.of(rules.status().rulesDirectory());
    Path copy = null;
    try {
      copy = Files.createTempDirectory("hezuo-rule-check-");
      copyTree(source, copy);
      Path target = copy.resolve(path).normalize();
      if (!target.startsWith(copy)) {
        throw new IllegalArgumentException("unsafe rule file path: " + path);
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, content, StandardCharsets.UTF_8);
      return rules.validate(copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a copy of the rules in force", e);
    } finally {
      delete(copy);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(from) && name.startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE; // version history and editor state stay out
            }
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary copy is harmless
    }
  }
}
