package org.hezuo.documents.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the templates of {@code templates/} as plain WordprocessingML (no library): styles with
 * East-Asian font names (宋体, 仿宋, 黑体, 方正小标宋简体, 楷体), header, footer with PAGE/NUMPAGES fields,
 * tables with merged cells. Two page layouts: {@link Layout#AGREEMENT} (协议, 章程, 表) and
 * {@link Layout#GBT9704} (通知: GB/T 9704-2012 margins, 22 × 28 grid, "— 1 —" odd right / even left).
 */
final class DocxWriter {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    enum Layout { AGREEMENT, CHARTER, FORM, GBT9704 }

    /** One table cell: text lines (each a paragraph), column span, vertical merge ("restart"/"continue"/null). */
    record Cell(List<String> lines, int span, String vMerge, boolean bold, String align, String shade) {
        static Cell of(String... lines) {
            return new Cell(List.of(lines), 1, null, false, null, null);
        }

        static Cell head(String text) {
            return new Cell(List.of(text), 1, null, true, "center", "F2F2F2");
        }

        Cell span(int n) {
            return new Cell(lines, n, vMerge, bold, align, shade);
        }

        Cell restart() {
            return new Cell(lines, span, "restart", bold, align, shade);
        }

        static Cell cont() {
            return new Cell(List.of(""), 1, "continue", false, null, null);
        }

        Cell center() {
            return new Cell(lines, span, vMerge, bold, "center", shade);
        }

        Cell strong() {
            return new Cell(lines, span, vMerge, true, align, shade);
        }
    }

    private final Layout layout;
    private final String title;
    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> footers = new LinkedHashMap<>();
    private String header;

    DocxWriter(Layout layout, String title) {
        this.layout = layout;
        this.title = title;
    }

    // ---- fonts -------------------------------------------------------------------------------

    static String fonts(String eastAsia, String ascii) {
        return "<w:rFonts w:ascii=\"" + ascii + "\" w:hAnsi=\"" + ascii + "\" w:eastAsia=\"" + eastAsia + "\" w:cs=\""
                + ascii + "\" w:hint=\"eastAsia\"/>";
    }

    static final String SONG = fonts("宋体", "Times New Roman");
    static final String FANG = fonts("仿宋_GB2312", "Times New Roman");
    static final String HEI = fonts("黑体", "Times New Roman");
    static final String KAI = fonts("楷体_GB2312", "Times New Roman");
    static final String XBS = fonts("方正小标宋简体", "Times New Roman");

    private String bodyFont() {
        return layout == Layout.GBT9704 ? FANG : SONG;
    }

    private int bodySize() {
        return layout == Layout.GBT9704 ? 32 : 24;   // 3号 16 pt ; 小四 12 pt
    }

    // ---- runs --------------------------------------------------------------------------------

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String run(String rpr, String text) {
        StringBuilder b = new StringBuilder("<w:r>");
        if (!rpr.isEmpty()) {
            b.append("<w:rPr>").append(rpr).append("</w:rPr>");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("<w:br/>");
            }
            if (!lines[i].isEmpty()) {
                b.append("<w:t xml:space=\"preserve\">").append(esc(lines[i])).append("</w:t>");
            }
        }
        return b.append("</w:r>").toString();
    }

    static String sz(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private String rpr(String font, int size, boolean bold) {
        return font + (bold ? "<w:b/><w:bCs/>" : "") + sz(size);
    }

    /** Runs from text where **x** is bold (黑体 in GB/T 9704 and charters, bold 宋体 in agreements). */
    private String runs(String text, String font, int size) {
        StringBuilder b = new StringBuilder();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            boolean strong = i % 2 == 1;
            String f = strong ? HEI : font;
            b.append(run(rpr(f, size, strong && layout != Layout.GBT9704 && font != HEI), parts[i]));
        }
        return b.toString();
    }

    // ---- paragraphs --------------------------------------------------------------------------

    private DocxWriter para(String ppr, String runs) {
        body.append("<w:p>");
        if (!ppr.isEmpty()) {
            body.append("<w:pPr>").append(ppr).append("</w:pPr>");
        }
        body.append(runs).append("</w:p>");
        return this;
    }

    private String spacing() {
        return layout == Layout.GBT9704 ? "" : "<w:spacing w:line=\"400\" w:lineRule=\"exact\"/>";
    }

    /** Body paragraph, first line indented two characters. */
    DocxWriter p(String text) {
        return para(spacing() + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + (bodySize() * 20) + "\"/><w:jc w:val=\"both\"/>",
                runs(text, bodyFont(), bodySize()));
    }

    /** Paragraph without indent (kept with the next one when it introduces a table: ends with "：**"). */
    DocxWriter plain(String text) {
        String keep = text.endsWith("：**") || text.endsWith("签字）") ? "<w:keepNext/>" : "";
        return para(keep + spacing() + "<w:jc w:val=\"both\"/>", runs(text, bodyFont(), bodySize()));
    }

    /** Paragraph holding only a block tag ({{#each}}, {{/if}} …). */
    DocxWriter tag(String tag) {
        return para(spacing(), run(rpr(bodyFont(), bodySize(), false), tag));
    }

    DocxWriter right(String text) {
        return para(spacing() + "<w:jc w:val=\"right\"/>", runs(text, bodyFont(), bodySize()));
    }

    /** Right-aligned with a right indent of n characters (GB/T 9704 右空四字). */
    DocxWriter rightIndent(String text, int chars) {
        return para(spacing() + "<w:ind w:rightChars=\"" + chars * 100 + "\" w:right=\"" + chars * bodySize() * 10
                + "\"/><w:jc w:val=\"right\"/>", runs(text, bodyFont(), bodySize()));
    }

    DocxWriter center(String text) {
        return para(spacing() + "<w:jc w:val=\"center\"/>", runs(text, bodyFont(), bodySize()));
    }

    DocxWriter blank() {
        return para(spacing(), "");
    }

    /** Document title: 2号方正小标宋, centred, space after. */
    DocxWriter title(String text) {
        String after = layout == Layout.GBT9704 ? "" : "<w:spacing w:before=\"240\" w:after=\"360\"/>";
        return para("<w:pStyle w:val=\"Title\"/>" + after + "<w:jc w:val=\"center\"/>", run(rpr(XBS, 44, false), text));
    }

    /** Subtitle under a title (楷体, e.g. the charter's adoption note). */
    DocxWriter subtitle(String text) {
        return para("<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", run(rpr(KAI, bodySize(), false), text));
    }

    /** Chapter heading "第一章　总则": 黑体, centred. */
    DocxWriter chapter(String text) {
        return para("<w:pStyle w:val=\"Heading1\"/><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                run(rpr(HEI, bodySize() + (layout == Layout.GBT9704 ? 0 : 4), false), text));
    }

    /** Level-1 heading "一、…" (黑体, indented two characters, as GB/T 9704 7.3.3). */
    DocxWriter heading(String text) {
        return para("<w:pStyle w:val=\"Heading2\"/><w:keepNext/>" + spacing() + "<w:ind w:firstLineChars=\"200\" w:firstLine=\""
                + (bodySize() * 20) + "\"/>", run(rpr(HEI, bodySize(), false), text));
    }

    /** A numbered article "第一条　text": the number in 黑体, the text in the body font. */
    DocxWriter clause(String number, String text) {
        return para(spacing() + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + (bodySize() * 20) + "\"/><w:jc w:val=\"both\"/>",
                run(rpr(HEI, bodySize(), false), number + "　") + runs(text, bodyFont(), bodySize()));
    }

    DocxWriter pageBreak() {
        return para("", "<w:r><w:br w:type=\"page\"/></w:r>");
    }

    /** A paragraph with a bottom rule (the red rule under the 发文字号). */
    DocxWriter ruled(String text, String color, int eighthsPt, String jc, String font, int size) {
        return para("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"" + eighthsPt + "\" w:space=\"6\" w:color=\"" + color
                + "\"/></w:pBdr><w:jc w:val=\"" + jc + "\"/>", run(rpr(font, size, false), text));
    }

    /** The red 发文机关标志. */
    DocxWriter issuerMark(String text) {
        return para("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"1200\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
                run(XBS + "<w:color w:val=\"FF0000\"/><w:w w:val=\"80\"/>" + sz(84), text));
    }

    DocxWriter raw(String xml) {
        body.append(xml);
        return this;
    }

    // ---- tables ------------------------------------------------------------------------------

    /** A table with single borders; widths in twips; rows of cells. */
    DocxWriter table(int[] widths, List<List<Cell>> rows) {
        return table(widths, rows, true);
    }

    DocxWriter table(int[] widths, List<List<Cell>> rows, boolean borders) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>");
        String b = borders ? "single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000" : "nil";
        body.append("<w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"").append(b).append("\"/>");
        }
        body.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        body.append("</w:tblGrid>");
        int size = layout == Layout.GBT9704 ? 28 : 21;  // 4号 / 五号 in tables
        for (List<Cell> row : rows) {
            boolean head = row.get(0).shade() != null && row == rows.get(0);
            body.append("<w:tr><w:trPr><w:cantSplit/>").append(head ? "<w:tblHeader/>" : "").append("</w:trPr>");
            int col = 0;
            for (Cell c : row) {
                int w = 0;
                for (int k = 0; k < c.span(); k++) {
                    w += widths[col + k];
                }
                col += c.span();
                body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(w).append("\" w:type=\"dxa\"/>");
                if (c.span() > 1) {
                    body.append("<w:gridSpan w:val=\"").append(c.span()).append("\"/>");
                }
                if (c.vMerge() != null) {
                    body.append("<w:vMerge w:val=\"").append(c.vMerge()).append("\"/>");
                }
                if (c.shade() != null) {
                    body.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(c.shade()).append("\"/>");
                }
                body.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
                for (String line : c.lines()) {
                    body.append("<w:p><w:pPr>").append(head ? "<w:keepNext/>" : "")
                            .append("<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"300\" w:lineRule=\"auto\"/>");
                    if (c.align() != null) {
                        body.append("<w:jc w:val=\"").append(c.align()).append("\"/>");
                    }
                    body.append("</w:pPr>").append(line.isEmpty() ? "" : runs(c.bold() ? "**" + line + "**" : line, SONG, size))
                            .append("</w:p>");
                }
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return this;
    }

    static List<Cell> row(Cell... cells) {
        return List.of(cells);
    }

    // ---- header and footers ------------------------------------------------------------------

    DocxWriter header(String text) {
        this.header = text;
        return this;
    }

    private static String field(String rpr, String instr, String shown) {
        return "<w:r><w:rPr>" + rpr + "</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr>" + rpr
                + "</w:rPr><w:instrText xml:space=\"preserve\"> " + instr + " </w:instrText></w:r><w:r><w:rPr>" + rpr
                + "</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(rpr, shown) + "<w:r><w:rPr>" + rpr
                + "</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String part(String root, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" + root + " xmlns:w=\"" + W
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + content + "</w:" + root + ">";
    }

    private String headerXml() {
        String rpr = SONG + sz(21);
        return part("hdr", "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr>" + run(rpr, header) + "</w:p>");
    }

    /** 第 X 页 共 Y 页 and the decision reference (agreements, charters, forms). */
    private String agreementFooter(String reference) {
        String rpr = SONG + sz(18);
        String page = "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>" + run(rpr, "第 ")
                + field(rpr, "PAGE", "1") + run(rpr, " 页 共 ") + field(rpr, "NUMPAGES", "1") + run(rpr, " 页") + "</w:p>";
        String ref = "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
                + run(SONG + "<w:color w:val=\"595959\"/>" + sz(15), reference) + "</w:p>";
        return part("ftr", page + ref);
    }

    /** GB/T 9704 7.5: "— 1 —" in 4号 宋体, odd pages right one character in, even pages left one character in. */
    private static String gbFooter(boolean odd) {
        String rpr = SONG + sz(28);
        String jc = odd ? "<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>" : "<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>";
        return part("ftr", "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" + jc + "</w:pPr>" + run(rpr, "— ") + field(rpr, "PAGE", "1")
                + run(rpr, " —") + "</w:p>");
    }

    static final String REFERENCE = "规则版本 {{decision.ruleVersion}} · 案件 {{decision.caseHash}}";

    // ---- package -----------------------------------------------------------------------------

    byte[] build() throws IOException {
        boolean gb = layout == Layout.GBT9704;
        StringBuilder sect = new StringBuilder("<w:sectPr>");
        List<String[]> rels = new ArrayList<>();
        rels.add(new String[] {"rIdStyles", "styles", "styles.xml"});
        rels.add(new String[] {"rIdSettings", "settings", "settings.xml"});
        rels.add(new String[] {"rIdFonts", "fontTable", "fontTable.xml"});
        Map<String, String> parts = new LinkedHashMap<>();
        if (header != null) {
            parts.put("word/header1.xml", headerXml());
            rels.add(new String[] {"rIdHeader1", "header", "header1.xml"});
            sect.append("<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>");
        }
        if (gb) {
            parts.put("word/footer1.xml", gbFooter(true));
            parts.put("word/footer2.xml", gbFooter(false));
            rels.add(new String[] {"rIdFooter1", "footer", "footer1.xml"});
            rels.add(new String[] {"rIdFooter2", "footer", "footer2.xml"});
            sect.append("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
                    + "<w:footerReference w:type=\"even\" r:id=\"rIdFooter2\"/>");
            // A4; top 37, bottom 35, left 28, right 26 mm; 版心 156 × 225 mm; number 7 mm below the 版心
            sect.append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\""
                    + " w:left=\"1588\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/>"
                    + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>");
        } else {
            parts.put("word/footer1.xml", agreementFooter(REFERENCE));
            rels.add(new String[] {"rIdFooter1", "footer", "footer1.xml"});
            sect.append("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>");
            sect.append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1701\" w:right=\"1474\" w:bottom=\"1587\""
                    + " w:left=\"1588\" w:header=\"851\" w:footer=\"794\" w:gutter=\"0\"/>"
                    + "<w:docGrid w:type=\"lines\" w:linePitch=\"400\"/>");
        }
        sect.append("</w:sectPr>");
        String document = part("document", "<w:body>" + body + sect + "</w:body>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", contentTypes(parts));
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                    + "</Relationships>");
            put(zip, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + esc(title) + "</dc:title>"
                    + "<dc:creator>Hezuo</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>");
            put(zip, "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>Hezuo template generator</Application></Properties>");
            put(zip, "word/document.xml", document);
            put(zip, "word/styles.xml", styles());
            put(zip, "word/settings.xml", settings(gb));
            put(zip, "word/fontTable.xml", fontTable());
            for (Map.Entry<String, String> e : parts.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            StringBuilder r = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (String[] rel : rels) {
                r.append("<Relationship Id=\"").append(rel[0]).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                        .append(rel[1]).append("\" Target=\"").append(rel[2]).append("\"/>");
            }
            put(zip, "word/_rels/document.xml.rels", r.append("</Relationships>").toString());
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(946684800000L); // fixed time: regenerating gives identical files
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(Map<String, String> parts) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        for (String name : parts.keySet()) {
            String kind = name.contains("header") ? "header" : "footer";
            b.append("<Override PartName=\"/").append(name)
                    .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.").append(kind)
                    .append("+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private String styles() {
        String font = bodyFont();
        int size = bodySize();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                // GB/T 9704: 28 characters of 3号 (16 pt) in the 156 mm 版心 = 15.75 pt each: condense by 0.25 pt
                // (a line grid plus character spacing renders the same in Word, WPS and LibreOffice; a
                // "linesAndChars" grid does not)
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + font + sz(size) + (layout == Layout.GBT9704 ? "<w:spacing w:val=\"-5\"/>" : "")
                + "<w:kern w:val=\"2\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "<w:rPr>" + XBS + sz(44) + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr>" + HEI
                + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr>" + HEI
                + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:rPr>" + SONG + sz(18) + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:rPr>" + SONG + sz(18) + "</w:rPr></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style></w:styles>";
    }

    private static String settings(boolean evenOdd) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"" + W + "\">"
                + "<w:zoom w:percent=\"100\"/>" + (evenOdd ? "<w:evenAndOddHeaders/>" : "")
                + "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
                + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
    }

    private static String fontTable() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"" + W + "\">");
        String[][] fonts = {{"Times New Roman", "roman", "00"}, {"宋体", "auto", "86"}, {"仿宋_GB2312", "modern", "86"},
                {"仿宋", "modern", "86"}, {"黑体", "modern", "86"}, {"楷体_GB2312", "modern", "86"}, {"方正小标宋简体", "script", "86"}};
        for (String[] f : fonts) {
            b.append("<w:font w:name=\"").append(f[0]).append("\">");
            if (f[0].equals("仿宋_GB2312")) {
                b.append("<w:altName w:val=\"仿宋\"/>");
            } else if (f[0].equals("楷体_GB2312")) {
                b.append("<w:altName w:val=\"楷体\"/>");
            } else if (f[0].equals("方正小标宋简体")) {
                b.append("<w:altName w:val=\"宋体\"/>");
            }
            b.append("<w:charset w:val=\"").append(f[2]).append("\"/><w:family w:val=\"").append(f[1])
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return b.append("</w:fonts>").toString();
    }
}
