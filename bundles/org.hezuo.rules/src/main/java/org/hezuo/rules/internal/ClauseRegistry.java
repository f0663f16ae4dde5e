package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clause ids → source, article and text, read from every {@code clauses.tsv} (header {@code id
 * source article text}, tab-separated, UTF-8). The same id defined twice with different words is a
 * problem; identical rows are allowed so packs can be self-contained.
 */
public final class ClauseRegistry {
  private final Map<String, Clause> clauses;

  private ClauseRegistry(Map<String, Clause> clauses) {
    this.clauses = Map.copyOf(clauses);
  }

  /**
   * Parses the registry files.
   *
   * @param files the {@code clauses.tsv} files
   * @param problems where refusals go
   * @return the registry
   */
  public static ClauseRegistry parse(List<RuleFile> files, List<RuleProblem> problems) {
    Map<String, Clause> map = new LinkedHashMap<>();
    for (RegistryTsv.Row row : RegistryTsv.rows(files, "id")) {
      if (row.cols().length < 4 || row.col(0).isEmpty() || row.col(3).isEmpty()) {
        problems.add(
            new RuleProblem(
                row.file().path(),
                row.line(),
                0,
                "CLAUSE_FORMAT",
                "条款登记表每行应有4列（条款编号、来源文件、条款、条文），以制表符分隔，且编号和条文不能为空"));
        continue;
      }
      Clause c = new Clause(row.col(0), row.col(1), row.col(2), row.col(3), row.file().path());
      Clause old = map.putIfAbsent(c.id(), c);
      if (old != null
          && !(old.source().equals(c.source())
              && old.article().equals(c.article())
              && old.text().equals(c.text()))) {
        problems.add(
            new RuleProblem(
                row.file().path(),
                row.line(),
                0,
                "CLAUSE_CONFLICT",
                "条款编号 " + c.id() + " 已在 " + old.file() + " 中以不同内容登记"));
      }
    }
    return new ClauseRegistry(map);
  }

  /**
   * Looks up a clause.
   *
   * @param id the clause id
   * @return the clause, or null when it is not registered
   */
  public Clause get(String id) {
    return id == null ? null : clauses.get(id);
  }

  /**
   * Number of clauses.
   *
   * @return the count
   */
  public int size() {
    return clauses.size();
  }
}
