package org.hezuo.shell.internal;

import java.util.List;
import java.util.TreeSet;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;

/**
 * {@code hezuo templates}: the templates in force, with the document fields each asks for, and the
 * refused ones with their reasons, so that whoever edits a template sees at once whether it loads.
 */
final class TemplatesCommand {
  private final DocumentService documents;

  TemplatesCommand(DocumentService documents) {
    this.documents = documents;
  }

  /**
   * Lists the templates.
   *
   * @return the listing; exit 0 when every template loads, {@link CommandResult#BAD_INPUT} when
   *     some template (or a new save of one) is refused
   */
  CommandResult run() {
    StringBuilder out = new StringBuilder();
    TreeSet<String> ids = new TreeSet<>(documents.templateIds());
    List<DocumentProblem> problems = documents.templateProblems();
    out.append("模板目录 ").append(documents.templatesDirectory() == null ? "—" : documents.templatesDirectory().toAbsolutePath())
        .append("：在用 ").append(ids.size()).append(" 个");
    long refused = problems.stream().map(DocumentProblem::template).distinct().count();
    out.append(refused == 0 ? "，没有被拒绝的模板\n" : "，有问题的 " + refused + " 个\n");
    if (!ids.isEmpty()) {
      TextTable t = new TextTable("模板", "要填写的文书信息（doc.*，* 为必填）");
      for (String id : ids) {
        List<DocumentField> fields = documents.documentFields(id);
        t.row(id, fields.isEmpty() ? "—" : String.join("、", fields.stream()
            .map(f -> f.label() + (f.required() ? "*" : "")).toList()));
      }
      out.append(t.render("  "));
    }
    if (!problems.isEmpty()) {
      out.append("有问题的模板（改正后保存即可，主机使用文书服务时重新检查；被拒绝的新版本不启用，原版本继续使用）：\n");
      TextTable t = new TextTable("模板", "代码", "原因", "位置");
      problems.forEach(p -> t.row(p.template() + ".docx", p.code(), p.message(), p.where().isEmpty() ? "—" : "“" + p.where() + "”"));
      out.append(t.render("  "));
    }
    return new CommandResult(problems.isEmpty() ? CommandResult.OK : CommandResult.BAD_INPUT, out.toString());
  }

  /**
   * Checks a template file without putting it in force, under the id its file name gives.
   *
   * @param file the .docx
   * @return what would refuse it, exit {@link CommandResult#BAD_INPUT}; or that it can be put in
   *     force (copy it into the templates directory), exit 0
   */
  CommandResult check(java.nio.file.Path file) {
    String name = file.getFileName().toString();
    String id = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
    byte[] docx;
    try {
      docx = java.nio.file.Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      return new CommandResult(CommandResult.BAD_INPUT, "无法读取模板文件（TEMPLATE_UNREADABLE）：" + file + "\n");
    }
    List<DocumentProblem> problems = documents.checkTemplate(id, docx);
    if (problems.isEmpty()) {
      return new CommandResult(CommandResult.OK, "模板“" + id + "”可以启用：复制到模板目录"
          + (documents.templatesDirectory() == null ? "" : " " + documents.templatesDirectory().toAbsolutePath())
          + " 即生效" + (documents.templateIds().contains(id) ? "（将替换同名的在用模板）" : "") + "。\n");
    }
    TextTable t = new TextTable("代码", "原因", "位置");
    problems.forEach(p -> t.row(p.code(), p.message(), p.where().isEmpty() ? "—" : "“" + p.where() + "”"));
    return new CommandResult(CommandResult.BAD_INPUT, "模板“" + id + "”不能启用（" + problems.size() + " 个问题）：\n" + t.render("  "));
  }
}
