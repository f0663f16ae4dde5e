package org.hezuo.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.TemplateException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Compiles a .docx template: normalises the runs of every paragraph holding a tag, plans the blocks,
 * checks every path against the field schema and cuts document, headers, footers and notes into
 * programs. All other zip entries are kept as raw compressed bytes. Uses only the JDK (see README).
 */
public final class TemplateCompiler {
    private static final Pattern TEMPLATED = Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");

    private TemplateCompiler() {
    }

    /**
     * Compiles a template.
     *
     * @param name the template's name, used in problems
     * @param docx the .docx bytes
     * @param schema the fields the template may use ({@link FieldSchema#any()} to accept all)
     * @return the compiled template
     * @throws TemplateException listing every problem found
     */
    public static CompiledTemplate compile(String name, byte[] docx, FieldSchema schema) {
        Problems problems = new Problems(name);
        List<ZipArchive.Entry> entries;
        try {
            entries = ZipArchive.read(docx);
        } catch (IllegalArgumentException e) {
            problems.add("NOT_A_DOCX", "不是有效的 .docx 文件：" + e.getMessage(), "", "");
            throw new TemplateException(problems.list());
        }
        Node[][] programs = new Node[entries.size()][];
        TreeSet<String> fields = new TreeSet<>();
        RootFields rootFields = new RootFields();
        boolean hasDocument = false;
        for (int i = 0; i < entries.size(); i++) {
            ZipArchive.Entry e = entries.get(i);
            if (!TEMPLATED.matcher(e.name()).matches()) {
                continue;
            }
            hasDocument |= e.name().equals("word/document.xml");
            byte[] xml;
            try {
                xml = ZipArchive.content(docx, e);
            } catch (IllegalArgumentException ex) {
                problems.add("NOT_A_DOCX", "压缩包内容损坏：" + e.name(), "", "");
                continue;
            }
            String text = new String(xml, StandardCharsets.UTF_8);
            if (text.contains("{") || MergeFields.mayHold(text)) {
                programs[i] = part(xml, e.name(), schema, problems, fields, rootFields);
            }
        }
        if (!hasDocument) {
            problems.add("NOT_A_DOCX", "不是 Word 文档：缺少 word/document.xml", "", "");
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems.list());
        }
        return new CompiledTemplate(name, docx, entries, programs, fields, rootFields.documentFields());
    }

    private static Node[] part(byte[] xml, String partName, FieldSchema schema, Problems problems, TreeSet<String> fields,
            RootFields rootFields) {
        Document doc;
        try {
            doc = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            problems.add("BAD_XML", partName + " 不是合法的 XML：" + e.getMessage(), "", "");
            return null;
        }
        // Word's mail-merge fields become tags first
        MergeFields.convert(doc, problems);
        List<TagSite> sites = new ArrayList<>();
        RunNormalizer normalizer = new RunNormalizer(problems);
        for (org.w3c.dom.Element p : Wml.elements(doc, "p")) {
            normalizer.paragraph(p, sites);
        }
        if (!problems.isEmpty() || !new BlockPlanner(problems, sites).plan()) {
            return null;
        }
        return new ProgramBuilder(problems, sites, schema, fields, rootFields).build(doc.getDocumentElement());
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser not configurable", e);
        }
    }
}
