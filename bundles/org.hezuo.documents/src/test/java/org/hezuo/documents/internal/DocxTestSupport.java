package org.hezuo.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds small .docx fixtures from raw WordprocessingML and reads generated documents back with a
 * namespace-aware parser.
 */
public final class DocxTestSupport {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = "xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private DocxTestSupport() {
    }

    /** A run with plain text. */
    public static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    /** A run with properties, e.g. {@code <w:b/>}. */
    public static String r(String rPr, String text) {
        return "<w:r w:rsidR=\"00A1B2C3\"><w:rPr>" + rPr + "</w:rPr><w:t>" + esc(text) + "</w:t></w:r>";
    }

    /** What switching the Chinese input method leaves behind. */
    public static String east(String text) {
        return r("<w:rFonts w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"zh-CN\"/>", text);
    }

    public static String p(String... content) {
        return "<w:p w:rsidR=\"00112233\">" + String.join("", content) + "</w:p>";
    }

    /** A paragraph of plain runs, one per argument. */
    public static String pt(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append(r(t));
        }
        return p(sb.toString());
    }

    public static String tc(String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
    }

    public static String tc(String tcPr, String content) {
        return "<w:tc><w:tcPr>" + tcPr + "</w:tcPr>" + content + "</w:tc>";
    }

    public static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    public static String tbl(String... rows) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
                + "<w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>" + String.join("", rows) + "</w:tbl>";
    }

    public static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + NS + "><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
    }

    /** A minimal but complete .docx; extra parts (e.g. word/footer1.xml) are added as given. */
    public static byte[] docx(String body, Map<String, String> extraParts) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + overrides(extraParts) + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", document(body).getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", rels(extraParts).getBytes(StandardCharsets.UTF_8));
        byte[] blob = new byte[5000];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 31 + i / 7);
        }
        parts.put("word/media/blob.bin", blob);
        extraParts.forEach((k, v) -> parts.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zip(parts);
    }

    public static byte[] docx(String body) {
        return docx(body, Map.of());
    }

    private static String overrides(Map<String, String> extra) {
        StringBuilder sb = new StringBuilder();
        for (String k : extra.keySet()) {
            String kind = kind(k);
            String type = kind.equals("theme") ? "application/vnd.openxmlformats-officedocument.theme+xml"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml." + kind + "+xml";
            sb.append("<Override PartName=\"/").append(k).append("\" ContentType=\"").append(type).append("\"/>");
        }
        return sb.toString();
    }

    private static String rels(Map<String, String> extra) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 10;
        for (String k : extra.keySet()) {
            String kind = kind(k);
            sb.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                    .append(kind).append("\" Target=\"").append(k.substring(5)).append("\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    /** Content-type stem and relationship type of an extra part, from its name. */
    private static String kind(String part) {
        if (part.contains("footer")) {
            return "footer";
        }
        if (part.contains("header")) {
            return "header";
        }
        if (part.contains("styles")) {
            return "styles";
        }
        if (part.contains("settings")) {
            return "settings";
        }
        if (part.contains("fontTable")) {
            return "fontTable";
        }
        return "theme";
    }

    public static String footer(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr " + NS + ">" + body + "</w:ftr>";
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every entry of a zip, uncompressed (fails on a corrupt zip or CRC). */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                out.put(e.getName(), z.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    public static Document part(byte[] docx, String name) {
        byte[] xml = unzip(docx).get(name);
        if (xml == null) {
            throw new AssertionError("no part " + name);
        }
        return parse(xml);
    }

    /** The text of each top-level-or-cell paragraph, w:br as newline, in document order. */
    public static List<String> paragraphs(Document d) {
        List<String> out = new ArrayList<>();
        NodeList ps = d.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(text((Element) ps.item(i)));
        }
        return out;
    }

    public static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeList all = e.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element c = (Element) all.item(i);
            if (W.equals(c.getNamespaceURI()) && c.getLocalName().equals("t")) {
                sb.append(c.getTextContent());
            } else if (W.equals(c.getNamespaceURI()) && c.getLocalName().equals("br")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Rows of the n-th table, each as its cells' texts joined by "|". */
    public static List<String> rows(Document d, int table) {
        Element t = (Element) d.getElementsByTagNameNS(W, "tbl").item(table);
        List<String> out = new ArrayList<>();
        NodeList trs = t.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getParentNode() != t) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            NodeList tcs = tr.getElementsByTagNameNS(W, "tc");
            for (int k = 0; k < tcs.getLength(); k++) {
                cells.add(text((Element) tcs.item(k)));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
