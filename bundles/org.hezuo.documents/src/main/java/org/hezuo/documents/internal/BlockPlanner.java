package org.hezuo.documents.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Matches block tags ({@code #each}, {@code #if}, {@code else}, closers) and decides what each block
 * repeats or drops: part of one paragraph (inline), whole paragraphs (each tag alone in a sibling
 * paragraph), or whole table rows (the opening tag is the first tag of its row). Paragraph and row blocks
 * are replaced in the DOM by marker elements that the {@link ProgramBuilder} turns into loop/condition nodes.
 */
final class BlockPlanner {

    /** One matched block. */
    private record Block(TagSite open, TagSite otherwise, TagSite close) {
    }

    private final Problems problems;
    private final List<TagSite> sites;

    BlockPlanner(Problems problems, List<TagSite> sites) {
        this.problems = problems;
        this.sites = sites;
    }

    /** Plans every block; returns false (with problems reported) when the tags do not nest. */
    boolean plan() {
        List<Block> blocks = match();
        if (blocks == null) {
            return false;
        }
        Map<Element, TagSite> firstInRow = new HashMap<>();
        for (TagSite s : sites) {
            if (s.row != null) {
                firstInRow.putIfAbsent(s.row, s);
            }
        }
        boolean ok = true;
        for (Block b : blocks) {
            ok &= place(b, firstInRow);
        }
        return ok;
    }

    private List<Block> match() {
        Deque<TagSite[]> stack = new ArrayDeque<>();
        List<Block> blocks = new ArrayList<>();
        for (TagSite s : sites) {
            Tag.Kind k = s.tag.kind();
            if (k.opens()) {
                stack.push(new TagSite[] {s, null});
            } else if (k == Tag.Kind.ELSE) {
                if (stack.isEmpty() || stack.peek()[0].tag.kind() != Tag.Kind.IF || stack.peek()[1] != null) {
                    problems.add("ELSE_OUTSIDE_IF", "{{else}} 不在 {{#if}} … {{/if}} 之间", s.where, "");
                    return null;
                }
                stack.peek()[1] = s;
            } else if (k.closes()) {
                Tag.Kind expected = k == Tag.Kind.END_EACH ? Tag.Kind.EACH : Tag.Kind.IF;
                if (stack.isEmpty()) {
                    problems.add("BLOCK_NOT_OPENED", s.tag.raw() + " 前面没有对应的开始标签", s.where, "");
                    return null;
                }
                TagSite[] top = stack.pop();
                if (top[0].tag.kind() != expected) {
                    problems.add("BLOCKS_CROSSING", s.tag.raw() + " 与 " + top[0].tag.raw() + " 交叉：应先结束内层的块",
                            s.where, "");
                    return null;
                }
                blocks.add(new Block(top[0], top[1], s));
            }
        }
        if (!stack.isEmpty()) {
            TagSite open = stack.peek()[0];
            problems.add("BLOCK_NOT_CLOSED", open.tag.raw() + " 缺少对应的结束标签", open.where, "");
            return null;
        }
        return blocks;
    }

    private boolean place(Block b, Map<Element, TagSite> firstInRow) {
        TagSite o = b.open;
        TagSite c = b.close;
        TagSite e = b.otherwise;
        if (o.paragraph == c.paragraph && (e == null || e.paragraph == o.paragraph)) {
            Node parent = o.text.getParentNode().getParentNode();
            if (c.text.getParentNode().getParentNode() != parent
                    || e != null && e.text.getParentNode().getParentNode() != parent) {
                return fail(b, "段落内的块标签必须处在同一层（不能一个在超链接或内容控件里，另一个在外面）");
            }
            return true;
        }
        Node parent = o.paragraph.getParentNode();
        if (o.alone && c.alone && (e == null || e.alone) && c.paragraph.getParentNode() == parent
                && (e == null || e.paragraph.getParentNode() == parent)) {
            for (TagSite s : e == null ? new TagSite[] {o, c} : new TagSite[] {o, e, c}) {
                if (s.paragraph.getElementsByTagNameNS(Wml.W, "sectPr").getLength() > 0) {
                    return fail(b, "块标签所在段落带有分节符，请把标签放在另一段");
                }
                s.paragraph.getParentNode().replaceChild(marker(s), s.paragraph);
            }
            return true;
        }
        if (o.row != null && firstInRow.get(o.row) == o && c.row != null
                && c.row.getParentNode() == o.row.getParentNode()) {
            if (e != null) {
                return fail(b, "表格行的条件块不支持 {{else}}：请用两个条件块");
            }
            Node table = o.row.getParentNode();
            Node first = o.row;
            while (first.getPreviousSibling() != null && isMarker(first.getPreviousSibling())) {
                first = first.getPreviousSibling();
            }
            table.insertBefore(marker(o), first);
            Node after = c.row.getNextSibling();
            while (after != null && isMarker(after)) {
                after = after.getNextSibling();
            }
            table.insertBefore(marker(c), after);
            removeTag(o);
            removeTag(c);
            return true;
        }
        return fail(b, "块标签的位置不对：开始和结束标签应在同一段落内；或各自独占一段且处在同一层；"
                + "或开始标签是表格行的第一个标签、结束标签在同一行或同一表格后面的行");
    }

    private boolean fail(Block b, String why) {
        problems.add("BLOCK_PLACEMENT", b.open.tag.raw() + "：" + why, b.open.where, "");
        return false;
    }

    private Element marker(TagSite s) {
        Document d = s.paragraph.getOwnerDocument();
        Element m = d.createElementNS(Wml.MARK, "hz:m");
        m.setAttribute("i", Integer.toString(sites.indexOf(s)));
        return m;
    }

    private static boolean isMarker(Node n) {
        return n instanceof Element el && Wml.MARK.equals(el.getNamespaceURI());
    }

    /** Takes a row tag out of its text; drops its paragraph if now empty and not the cell's only one. */
    private static void removeTag(TagSite s) {
        String t = s.text.getTextContent();
        int at = t.indexOf(s.tag.raw());
        s.text.setTextContent(t.substring(0, at) + t.substring(at + s.tag.raw().length()));
        Node cell = s.paragraph.getParentNode();
        if (s.alone && Wml.is(cell, "tc") && cell.getChildNodes().getLength() > 1
                && s.paragraph.getElementsByTagNameNS(Wml.W, "sectPr").getLength() == 0) {
            int paragraphs = 0;
            for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
                paragraphs += Wml.is(n, "p") || Wml.is(n, "tbl") ? 1 : 0;
            }
            if (paragraphs > 1) {
                cell.removeChild(s.paragraph);
            }
        }
    }
}
