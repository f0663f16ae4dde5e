package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a rules directory into {@link RuleFile}s, refusing loudly what it does not know: a file of
 * an unknown kind, or text that is not UTF-8. Editor temp and backup files are skipped.
 *
 * @see RuleSet
 */
public final class RuleSourceLoader {
  private RuleSourceLoader() {}

  /**
   * Loads every file below {@code dir}.
   *
   * @param dir the rules directory
   * @return the files and the problems found
   * @throws IllegalArgumentException if {@code dir} is not a readable directory
   */
  public static RuleSet load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("规则目录不存在或不是目录: " + dir);
    }
    List<RuleFile> files = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("无法读取规则目录 " + dir + ": " + e.getMessage(), e);
    }
    for (Path p : paths) {
      String rel = dir.relativize(p).toString().replace('\\', '/');
      if (isIgnored(rel)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(p);
      } catch (IOException e) {
        problems.add(new RuleProblem(rel, 0, 0, "FILE_UNREADABLE", "无法读取文件：" + e.getMessage()));
        continue;
      }
      add(rel, bytes, files, problems);
    }
    return new RuleSet(files, problems);
  }

  /**
   * Classifies and decodes one file, as {@link #load} does; used for files given in memory.
   *
   * @param rel the path relative to the rules directory
   * @param bytes the content
   * @param files where the file goes when it is accepted
   * @param problems where a refusal goes
   */
  static void add(String rel, byte[] bytes, List<RuleFile> files, List<RuleProblem> problems) {
    String[] parts = rel.split("/");
    String pack = parts.length > 1 ? parts[0] : "";
    RuleFile.Kind kind = kindOf(parts);
    if (kind == null) {
      problems.add(
          new RuleProblem(
              rel,
              0,
              0,
              "UNKNOWN_FILE_KIND",
              "无法识别的规则文件类型。允许的文件：*.drl、*.dsl、*.dslr、*.drl.xlsx、*.drl.csv（决策表）、"
                  + "pack.properties（参数）、clauses.tsv（条款登记表）、values.tsv（计算值说明）、tests/*.json（场景测试）、*.md（说明）"));
      return;
    }
    String text = null;
    if (kind.isText()) {
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        problems.add(
            new RuleProblem(
                rel,
                firstBadLine(bytes),
                0,
                "NOT_UTF8",
                "文件不是UTF-8编码（可能以GBK保存）。请在编辑器中以UTF-8编码另存。"));
        return;
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
    }
    files.add(new RuleFile(pack, rel, kind, bytes, text));
  }

  /**
   * Editor temp and backup files, hidden files and directories: never part of a rule base.
   *
   * @param rel the relative path
   * @return true when the file is to be skipped
   */
  static boolean isIgnored(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("~$") || part.startsWith("#")) {
        return true;
      }
    }
    String name = rel.substring(rel.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")
        || name.endsWith(".tmp")
        || name.endsWith(".bak")
        || name.endsWith(".orig")
        || name.endsWith(".part");
  }

  private static RuleFile.Kind kindOf(String[] parts) {
    String name = parts[parts.length - 1];
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".txt")) {
      return RuleFile.Kind.DOC;
    }
    if (parts.length == 1) {
      return lower.equals("clauses.tsv") ? RuleFile.Kind.CLAUSES
          : lower.equals("values.tsv") ? RuleFile.Kind.VALUES : null;
    }
    if (parts.length == 3 && parts[1].equals("tests")) {
      return lower.endsWith(".json") ? RuleFile.Kind.SCENARIO : null;
    }
    if (parts.length != 2) {
      return null;
    }
    if (lower.endsWith(".drl.xlsx")) {
      return RuleFile.Kind.DTABLE_XLSX;
    }
    if (lower.endsWith(".drl.csv")) {
      return RuleFile.Kind.DTABLE_CSV;
    }
    if (lower.endsWith(".drl")) {
      return RuleFile.Kind.DRL;
    }
    if (lower.endsWith(".dslr")) {
      return RuleFile.Kind.DSLR;
    }
    if (lower.endsWith(".dsl")) {
      return RuleFile.Kind.DSL;
    }
    if (lower.equals("pack.properties")) {
      return RuleFile.Kind.PARAMETERS;
    }
    if (lower.equals("clauses.tsv")) {
      return RuleFile.Kind.CLAUSES;
    }
    if (lower.equals("values.tsv")) {
      return RuleFile.Kind.VALUES;
    }
    return null;
  }

  private static int firstBadLine(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }
}
