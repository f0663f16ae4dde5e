package org.hezuo.documents.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hezuo.documents.batch.internal.HeaderLabels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word's mail-merge fields («学生姓名», 邮件合并域) in a template become tags before it is compiled,
 * so a template prepared for Word's mail merge is filled like one written with {@code {{…}}}: a field
 * named by a field path ({@code MERGEFIELD school.name}) or by Chinese names of the case's fields
 * ({@code MERGEFIELD 学校名称}, {@code MERGEFIELD 身份证号}) becomes {@code {{path}}} in the formatting of
 * its result. A name that fits no field or several, and a merge field inside another field (an
 * {@code IF} of Word's), refuse the template with the reason — never a document with «…» left in it.
 */
final class MergeFields {
  private static final Pattern MERGEFIELD =
      Pattern.compile("^\\s*MERGEFIELD\\s+(?:\"([^\"]+)\"|(\\S+))", Pattern.CASE_INSENSITIVE);

  private MergeFields() {}

  private static final Pattern ANY_MERGEFIELD = Pattern.compile("MERGEFIELD", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a part's XML may hold a merge field, in any letter case as {@link #convert} reads them.
   *
   * @param xml the part's text
   * @return false when it holds none
   */
  static boolean mayHold(String xml) {
    return ANY_MERGEFIELD.matcher(xml).find();
  }

  /**
   * Replaces the merge fields of a part with tags.
   *
   * @param doc the part
   * @param problems where refused fields are reported
   */
  static void convert(Document doc, Problems problems) {
    for (Element f : Wml.elements(doc, "fldSimple")) {
      String instr = f.getAttributeNS(Wml.W, "instr");
      Matcher m = MERGEFIELD.matcher(instr);
      if (!m.find()) {
        continue;
      }
      Element result = Wml.child(f, "r");
      String tag = tag(m, problems);
      if (tag != null) {
        f.getParentNode().insertBefore(run(doc, result, tag), f);
        f.getParentNode().removeChild(f);
      }
    }
    for (Element p : Wml.elements(doc, "p")) {
      complex(doc, p, problems);
    }
    if (problems.isEmpty()) {
      leftovers(doc, problems);
    }
  }

  /** The complex fields (fldChar begin … separate … end) among one paragraph's runs. */
  private static void complex(Document doc, Element p, Problems problems) {
    List<Element> runs = Wml.children(p, "r");
    int depth = 0;
    int begin = -1;
    StringBuilder instr = new StringBuilder();
    boolean nested = false;
    boolean mergeInside = false;
    boolean inResult = false;
    Element result = null;
    for (int i = 0; i < runs.size(); i++) {
      Element r = runs.get(i);
      Element fc = Wml.child(r, "fldChar");
      String kind = fc == null ? "" : fc.getAttributeNS(Wml.W, "fldCharType");
      for (Element it : Wml.children(r, "instrText")) {
        mergeInside |= depth > 1 && it.getTextContent().toUpperCase(Locale.ROOT).contains("MERGEFIELD");
        if (depth == 1 && !inResult) {
          instr.append(it.getTextContent());
        }
      }
      switch (kind) {
        case "begin" -> {
          if (++depth == 1) {
            begin = i;
            instr.setLength(0);
            nested = false;
            mergeInside = false;
            inResult = false;
            result = null;
          } else {
            nested = true;
          }
        }
        case "separate" -> inResult |= depth == 1;
        case "end" -> {
          if (--depth == 0 && begin >= 0) {
            Matcher m = MERGEFIELD.matcher(instr);
            if (nested && (mergeInside || m.find())) {
              problems.add("MERGEFIELD_NESTED", "Word 的条件域（IF 等）与邮件合并域套用的写法不能使用，请改用 {{#if …}} 标签（见模板说明第5节）",
                  Wml.shorten(p.getTextContent()), "");
            } else if (!nested && m.find()) {
              String tag = tag(m, problems);
              if (tag != null) {
                p.insertBefore(run(doc, result != null ? result : runs.get(begin), tag), runs.get(begin));
                for (int k = begin; k <= i; k++) {
                  p.removeChild(runs.get(k));
                }
              }
            }
            begin = -1;
          }
          depth = Math.max(depth, 0);
        }
        default -> {
          if (depth == 1 && inResult && result == null && Wml.child(r, "t") != null) {
            result = r;
          }
        }
      }
    }
  }

  /**
   * Reports merge fields left after {@link #convert}: in places whose runs are not a paragraph's own
   * (a hyperlink, a content control) or spread over paragraphs. They would stay «unfilled».
   *
   * @param doc the part
   * @param problems where they are reported
   */
  static void leftovers(Document doc, Problems problems) {
    NodeList texts = doc.getElementsByTagNameNS(Wml.W, "instrText");
    for (int i = 0; i < texts.getLength(); i++) {
      if (MERGEFIELD.matcher(texts.item(i).getTextContent()).find()) {
        Element p = Wml.ancestor(texts.item(i), "p");
        problems.add("MERGEFIELD_PLACEMENT", "这个邮件合并域所在的位置（超链接、内容控件中，或跨越段落）不能自动替换，请改用 {{…}} 标签",
            p == null ? "" : Wml.shorten(p.getTextContent()), "");
        return;
      }
    }
  }

  /** The tag a merge field becomes, or null (reported) when its name fits no field or several. */
  private static String tag(Matcher m, Problems problems) {
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    HeaderLabels.Fit fit = HeaderLabels.fit(name, null);
    if (fit.path() == null) {
      problems.add("MERGEFIELD_UNKNOWN", "邮件合并域“" + name + "”" + fit.problem()
          + "（在 Word 中按 Alt+F9 显示域代码，改写 MERGEFIELD 后的名称，或改用 {{…}} 标签）", "«" + name + "»", name);
      return null;
    }
    return "{{" + fit.path() + "}}";
  }

  /** A run with the formatting of {@code like} (its rPr) and the given text. */
  private static Element run(Document doc, Element like, String text) {
    Element r = doc.createElementNS(Wml.W, "w:r");
    Element rPr = like == null ? null : Wml.child(like, "rPr");
    if (rPr != null) {
      r.appendChild(rPr.cloneNode(true));
    }
    Element t = doc.createElementNS(Wml.W, "w:t");
    t.setAttributeNS(Wml.XML, "xml:space", "preserve");
    t.setTextContent(text);
    r.appendChild(t);
    return r;
  }
}
