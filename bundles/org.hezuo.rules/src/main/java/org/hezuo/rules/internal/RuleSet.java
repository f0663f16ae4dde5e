package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The files of a rules directory as read, with the problems found while reading, and the content
 * hash that names the version.
 *
 * @param files the accepted files, sorted by path
 * @param problems the refusals
 */
public record RuleSet(List<RuleFile> files, List<RuleProblem> problems) {
  /**
   * Copies the lists.
   *
   * @param files files
   * @param problems problems
   */
  public RuleSet {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * The version: the first 12 hex digits of SHA-256 over every path and content, documentation
   * excluded.
   *
   * @return the version
   */
  public String version() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (RuleFile f : files) {
        if (f.kind() == RuleFile.Kind.DOC) {
          continue;
        }
        md.update(f.path().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.bytes());
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The files of one kind.
   *
   * @param kind the kind
   * @return the files, in path order
   */
  public List<RuleFile> ofKind(RuleFile.Kind kind) {
    return files.stream().filter(f -> f.kind() == kind).toList();
  }
}
