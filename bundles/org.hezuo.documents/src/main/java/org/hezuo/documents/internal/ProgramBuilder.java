package org.hezuo.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.batch.internal.HeaderLabels;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Serialises a normalised, planned part back to XML, cutting it into literal segments and field, loop
 * and condition nodes; checks every path against the field schema on the way (loops change the scope).
 */
final class ProgramBuilder {

    /** An open block, or the part itself (tag null). */
    private static final class Frame {
        final TagSite site;
        final FieldSchema scope;
        /** The path of the item in scope from the root ({@code students.0}), "" at the root; null when unknown. */
        final String item;
        final List<Node> then = new ArrayList<>();
        List<Node> otherwise;

        Frame(TagSite site, FieldSchema scope, String item) {
            this.site = site;
            this.scope = scope;
            this.item = item;
        }

        List<Node> current() {
            return otherwise != null ? otherwise : then;
        }
    }

    private final Problems problems;
    private final List<TagSite> sites;
    private final FieldSchema root;
    private final Set<String> fields;
    private final RootFields rootFields;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final StringBuilder literal = new StringBuilder(1 << 16);
    private int siteCursor;

    ProgramBuilder(Problems problems, List<TagSite> sites, FieldSchema root, Set<String> fields, RootFields rootFields) {
        this.problems = problems;
        this.sites = sites;
        this.root = root;
        this.fields = fields;
        this.rootFields = rootFields;
    }

    Node[] build(Element documentElement) {
        frames.push(new Frame(null, root, ""));
        literal.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        element(documentElement);
        flush();
        return frames.pop().then.toArray(new Node[0]);
    }

    private void element(Element e) {
        if (Wml.MARK.equals(e.getNamespaceURI())) {
            tag(sites.get(Integer.parseInt(e.getAttribute("i"))), null);
            return;
        }
        literal.append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            literal.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), true);
            literal.append('"');
        }
        if (!e.hasChildNodes()) {
            literal.append("/>");
            return;
        }
        literal.append('>');
        boolean isText = Wml.is(e, "t");
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case org.w3c.dom.Node.ELEMENT_NODE -> element((Element) c);
                case org.w3c.dom.Node.TEXT_NODE, org.w3c.dom.Node.CDATA_SECTION_NODE -> text(c.getNodeValue(), isText ? e : null);
                case org.w3c.dom.Node.COMMENT_NODE -> literal.append("<!--").append(c.getNodeValue()).append("-->");
                case org.w3c.dom.Node.PROCESSING_INSTRUCTION_NODE ->
                    literal.append("<?").append(c.getNodeName()).append(' ').append(c.getNodeValue()).append("?>");
                default -> { }
            }
        }
        literal.append("</").append(e.getTagName()).append('>');
    }

    /** Text of a w:t may hold tags (each whole, after normalisation); the sites list has them in order. */
    private void text(String s, Element wt) {
        int i = 0;
        while (wt != null) {
            int open = s.indexOf("{{", i);
            if (open < 0) {
                break;
            }
            int close = s.indexOf("}}", open);
            if (close < 0) {
                break;
            }
            int end = close + 2;
            escape(s.substring(i, open), false);
            TagSite site = nextSite(wt, s.substring(open, end));
            tag(site, wt);
            i = end;
        }
        escape(s.substring(i), false);
    }

    private TagSite nextSite(Element wt, String raw) {
        for (int k = siteCursor; k < sites.size(); k++) {
            TagSite s = sites.get(k);
            if (s.text == wt && s.tag.raw().equals(raw)) {
                siteCursor = k + 1;
                return s;
            }
        }
        // Only reached for a tag whose site failed to parse (already reported): keep the text literal.
        return null;
    }

    private void tag(TagSite site, Element wt) {
        if (site == null) {
            return;
        }
        Tag tag = site.tag;
        Frame top = frames.peek();
        switch (tag.kind()) {
            case FIELD -> {
                checkPath(site, false);
                tag = site.tag;
                flush();
                String prefix = wt == null || wt.getPrefix() == null ? "" : wt.getPrefix() + ":";
                byte[] br = ("</" + prefix + "t><" + prefix + "br/><" + prefix + "t xml:space=\"preserve\">").getBytes(StandardCharsets.UTF_8);
                byte[] tab = ("</" + prefix + "t><" + prefix + "tab/><" + prefix + "t xml:space=\"preserve\">").getBytes(StandardCharsets.UTF_8);
                top.current().add(new Node.Field(tag, site.where, br, tab));
            }
            case EACH, IF -> {
                FieldSchema s = checkPath(site, tag.kind() == Tag.Kind.EACH);
                flush();
                String item = top.item;
                if (tag.kind() == Tag.Kind.EACH) {
                    ValuePath p = site.tag.path();
                    String base = p.fromRoot() ? "" : top.item;
                    item = base == null ? null : (base.isEmpty() ? "" : base + ".") + String.join(".", p.segments()) + ".0";
                }
                frames.push(new Frame(site, tag.kind() == Tag.Kind.EACH && s != null ? s.element() : top.scope, item));
            }
            case ELSE -> {
                flush();
                top.otherwise = new ArrayList<>();
            }
            case END_EACH, END_IF -> {
                flush();
                Frame done = frames.pop();
                Node[] then = done.then.toArray(new Node[0]);
                frames.peek().current().add(done.site.tag.kind() == Tag.Kind.EACH
                        ? new Node.Each(done.site.tag, done.site.where, then)
                        : new Node.If(done.site.tag, done.site.where, then,
                                done.otherwise == null ? new Node[0] : done.otherwise.toArray(new Node[0])));
            }
        }
    }

    /** Resolves a path against the schema in scope; reports unknown fields. Returns the node, or null. */
    private FieldSchema checkPath(TagSite site, boolean mustBeList) {
        ValuePath path = site.tag.path();
        if (!path.index() && path.segments().length > 0 && !path.text().chars().allMatch(c -> c < 128)
                && walk(path.fromRoot() ? root : frames.peek().scope, path.segments()).node() == null) {
            // written with the Chinese names of the fields: {{学校名称}}, {{学生.姓名}}, in a loop {{姓名}}
            String item = path.fromRoot() ? "" : frames.peek().item;
            HeaderLabels.Fit fit = item == null ? new HeaderLabels.Fit(null, "不是已知的字段名称")
                    : HeaderLabels.fit(String.join(".", path.segments()), null, item, true);
            if (fit.path() == null) {
                problems.add("UNKNOWN_FIELD", "模板引用了不存在的字段“" + path.text() + "”：“" + path.text() + "”" + fit.problem(),
                        site.where, path.text());
                return null;
            }
            path = new ValuePath((path.fromRoot() ? "$." : "") + fit.path(), path.fromRoot(), false, fit.path().split("\\."));
            Tag t = site.tag;
            site.tag = new Tag(t.kind(), t.raw(), path, t.formatters(), t.defaultText(), t.negate(), t.operand());
        }
        fields.add(path.text());
        if (path.index()) {
            if (!within(Tag.Kind.EACH)) {
                problems.add("INDEX_OUTSIDE_LOOP", path.text() + " 只能用在 {{#each}} 循环内", site.where, path.text());
            }
            return null;
        }
        Walk w = walk(path.fromRoot() ? root : frames.peek().scope, path.segments());
        if (w.node() == null) {
            problems.add("UNKNOWN_FIELD", "模板引用了不存在的字段“" + path.text() + "”（“" + w.missing() + "”不是 " + w.in()
                    + " 的属性）", site.where, path.text());
            return null;
        }
        FieldSchema s = w.node();
        if (mustBeList && !s.isList()) {
            problems.add("NOT_A_LIST", "“" + path.text() + "”不是列表，不能用 {{#each}} 重复", site.where, path.text());
            return null;
        }
        recordRootUse(site.tag);
        return s;
    }

    /**
     * Where a path leads in a schema.
     *
     * @param node the schema node it names, or null when a segment is not a property
     * @param missing the first segment that is not, else null
     * @param in the node that lacks it, else null
     */
    private record Walk(FieldSchema node, String missing, FieldSchema in) {}

    /** Follows a path's segments through a schema (an open schema takes any name; a list takes indexes). */
    private static Walk walk(FieldSchema s, String[] segments) {
        for (String seg : segments) {
            FieldSchema next = s.property(seg);
            if (next == null && !(s.isList() && Properties.isIndex(seg))) {
                return new Walk(null, seg, s);
            }
            s = next != null ? next : s.element();
        }
        return new Walk(s, null, null);
    }

    /** A path read from the root (outside loops, or {@code $.}) is required unless conditional or defaulted. */
    private void recordRootUse(Tag tag) {
        ValuePath path = tag.path();
        if (path.segments().length == 0 || !path.fromRoot() && within(Tag.Kind.EACH)) {
            return;
        }
        boolean required = !within(Tag.Kind.IF) && tag.kind() != Tag.Kind.IF && tag.defaultText() == null
                && !TemplateRenderer.isCheck(tag);
        rootFields.add(path.segments(), required, tag.defaultText());
    }

    private boolean within(Tag.Kind kind) {
        return frames.stream().anyMatch(f -> f.site != null && f.site.tag.kind() == kind);
    }

    private void flush() {
        if (literal.length() > 0) {
            frames.peek().current().add(new Node.Literal(literal.toString().getBytes(StandardCharsets.UTF_8)));
            literal.setLength(0);
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> literal.append("&amp;");
                case '<' -> literal.append("&lt;");
                case '>' -> literal.append("&gt;");
                case '"' -> literal.append(attribute ? "&quot;" : "\"");
                case '\n' -> literal.append(attribute ? "&#10;" : "\n");
                case '\r' -> literal.append("&#13;");
                case '\t' -> literal.append(attribute ? "&#9;" : "\t");
                default -> literal.append(c);
            }
        }
    }
}
