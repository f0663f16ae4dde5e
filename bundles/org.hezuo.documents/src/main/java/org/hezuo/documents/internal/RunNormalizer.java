package org.hezuo.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Gathers every tag of one paragraph into the {@code w:t} where it starts, whatever Word or WPS did to
 * split it (rsid changes, proofErr, bookmarks, noProof, lang, eastAsia hints, soft hyphens). The tag then
 * keeps the formatting of its first run. Tags that cross a tab, break, drawing or field, or run past the
 * end of the paragraph, are reported.
 */
final class RunNormalizer {
    private static final char BARRIER = '\uFFFC';
    private static final int TEXT = 0;
    private static final int SOFT = 1;
    private static final int OTHER = 2;

    /** A w:t, a w:softHyphen or any other run content, in paragraph order. */
    private record Piece(Element el, int kind, String text) {
    }

    private final Problems problems;

    RunNormalizer(Problems problems) {
        this.problems = problems;
    }

    /** Normalises one paragraph and appends its tags to {@code out}. */
    void paragraph(Element p, List<TagSite> out) {
        List<Piece> pieces = new ArrayList<>();
        collect(p, pieces);
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            text.append(piece.text);
        }
        if (text.indexOf("{") < 0 && text.indexOf("}") < 0) {
            return;
        }
        int[] owner = new int[text.length()];
        for (int i = 0, k = 0; i < pieces.size(); i++) {
            for (int j = 0; j < pieces.get(i).text.length(); j++) {
                owner[k++] = i;
            }
        }
        String where = Wml.shorten(visible(text));
        List<int[]> spans = spans(text.toString(), where);
        if (spans.isEmpty()) {
            return;
        }
        for (int[] s : spans) {
            for (int k = s[0]; k < s[1]; k++) {
                owner[k] = pieces.get(owner[k]).kind == SOFT ? -1 : owner[s[0]];
            }
        }
        // Rebuild each piece's text from the characters it now owns; remember where each tag landed.
        StringBuilder[] rebuilt = new StringBuilder[pieces.size()];
        Element[] tagText = new Element[spans.size()];
        for (int k = 0, s = 0; k < owner.length; k++) {
            if (s < spans.size() && k == spans.get(s)[0]) {
                tagText[s++] = pieces.get(owner[k]).el;
            }
            if (owner[k] >= 0) {
                if (rebuilt[owner[k]] == null) {
                    rebuilt[owner[k]] = new StringBuilder();
                }
                rebuilt[owner[k]].append(text.charAt(k));
            }
        }
        apply(pieces, rebuilt);
        removeProofErrors(p);
        Element row = Wml.ancestor(p, "tr");
        String vis = visible(text).strip();
        boolean alone = spans.size() == 1 && pieces.stream().noneMatch(x -> x.kind == OTHER);
        for (int s = 0; s < spans.size(); s++) {
            String raw = clean(text, spans.get(s), pieces, owner);
            try {
                Tag tag = Tag.parse(raw);
                tagText[s].setAttributeNS(Wml.XML, "xml:space", "preserve");
                out.add(new TagSite(tag, p, tagText[s], row, where, alone && vis.equals(raw.strip())));
            } catch (TagSyntaxException e) {
                problems.add(e.code(), e.getMessage(), where, raw);
            }
        }
    }

    private static String visible(CharSequence text) {
        return text.toString().replace(String.valueOf(BARRIER), "").replace("\u00AD", "");
    }

    private static String clean(StringBuilder text, int[] span, List<Piece> pieces, int[] owner) {
        StringBuilder sb = new StringBuilder();
        for (int k = span[0]; k < span[1]; k++) {
            if (owner[k] >= 0) {
                sb.append(text.charAt(k));
            }
        }
        return sb.toString();
    }

    /** Finds the tags as [start, end) spans of the paragraph text; reports malformed ones. */
    private List<int[]> spans(String text, String where) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            int close = text.indexOf("}}", i);
            if (close >= 0 && (open < 0 || close < open)) {
                problems.add("UNOPENED_TAG", "多余的“}}”：前面没有对应的“{{”", where, "");
                i = close + 2;
                continue;
            }
            if (open < 0) {
                break;
            }
            int end = text.indexOf("}}", open + 2);
            int next = text.indexOf("{{", open + 2);
            if (end < 0) {
                problems.add("UNCLOSED_TAG", "标签缺少“}}”：标签必须在同一段落内写完", where, text.substring(open));
                break;
            }
            if (next >= 0 && next < end) {
                problems.add("MALFORMED_TAG", "标签内又出现“{{”：" + text.substring(open, end + 2), where, "");
                i = next;
                continue;
            }
            String raw = text.substring(open, end + 2);
            if (raw.indexOf(BARRIER) >= 0) {
                problems.add("TAG_SPLIT_BY_CONTENT", "标签中夹有制表符、换行、图片或域：“" + visible(raw) + "”", where, "");
            } else {
                spans.add(new int[] {open, end + 2});
            }
            i = end + 2;
        }
        return spans;
    }

    private static void apply(List<Piece> pieces, StringBuilder[] rebuilt) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            String now = rebuilt[i] == null ? "" : rebuilt[i].toString();
            if (now.equals(piece.text)) {
                continue;
            }
            Element run = (Element) piece.el.getParentNode();
            if (piece.kind == TEXT && !now.isEmpty()) {
                piece.el.setTextContent(now);
                continue;
            }
            run.removeChild(piece.el);
            if (onlyProperties(run)) {
                run.getParentNode().removeChild(run);
            }
        }
    }

    private static boolean onlyProperties(Element run) {
        for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && !Wml.is(c, "rPr")) {
                return false;
            }
        }
        return true;
    }

    private static void removeProofErrors(Element p) {
        var list = p.getElementsByTagNameNS(Wml.W, "proofErr");
        for (int i = list.getLength() - 1; i >= 0; i--) {
            Node n = list.item(i);
            n.getParentNode().removeChild(n);
        }
    }

    /** Run content in order; nested paragraphs (text boxes) and deleted text are not this paragraph's. */
    private static void collect(Element parent, List<Piece> out) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (Wml.is(e, "r")) {
                run(e, out);
            } else if (!Wml.is(e, "p") && !Wml.is(e, "pPr") && !Wml.is(e, "del") && !Wml.is(e, "rPr")) {
                collect(e, out);
            }
        }
    }

    private static void run(Element r, List<Piece> out) {
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e) || Wml.is(e, "rPr") || Wml.is(e, "lastRenderedPageBreak")
                    || Wml.is(e, "delText")) {
                continue;
            }
            if (Wml.is(e, "t")) {
                out.add(new Piece(e, TEXT, e.getTextContent()));
            } else if (Wml.is(e, "softHyphen")) {
                out.add(new Piece(e, SOFT, "\u00AD"));
            } else {
                out.add(new Piece(e, OTHER, String.valueOf(BARRIER)));
            }
        }
    }
}
