package org.hezuo.documents.bench;

import static org.hezuo.documents.internal.DocxTestSupport.p;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.hezuo.documents.internal.DocxTestSupport.r;
import static org.hezuo.documents.internal.DocxTestSupport.tbl;
import static org.hezuo.documents.internal.DocxTestSupport.tc;
import static org.hezuo.documents.internal.DocxTestSupport.tr;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.hezuo.documents.internal.DocxTestSupport;

/**
 * A tripartite internship agreement (学生岗位实习三方协议) in four template dialects: Hezuo, poi-tl,
 * XDocReport/Velocity and docx4j VariableReplace (whose table is unrolled: it has no loops).
 */
final class AgreementFixture {
    enum Dialect { HEZUO, POITL, XDOC, DOCX4J }

    static final int STUDENTS = 50;

    private AgreementFixture() {
    }

    static String field(Dialect d, String path) {
        return switch (d) {
            case HEZUO, POITL -> "{{" + path + "}}";
            case XDOC -> "${" + path + "}";
            case DOCX4J -> "${" + path.replace(".", "_") + "}";
        };
    }

    static byte[] template(Dialect d) {
        StringBuilder b = new StringBuilder();
        b.append(p("<w:pPr><w:jc w:val=\"right\"/></w:pPr>", r("协议编号：" + field(d, "number"))));
        b.append(p("<w:pPr><w:jc w:val=\"center\"/></w:pPr>", r("<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\"/><w:b/><w:sz w:val=\"44\"/>", "学生岗位实习三方协议")));
        for (String[] party : new String[][] {{"甲方（学校）", "school"}, {"乙方（实习单位）", "enterprise"}}) {
            b.append(pt(party[0] + "：" + field(d, party[1] + ".name")));
            b.append(pt("统一社会信用代码：" + field(d, party[1] + ".creditCode")));
            b.append(pt("法定代表人：" + field(d, party[1] + ".representative")));
        }
        b.append(pt("丙方（学生）：见附表学生名单"));
        String clause = "根据《中华人民共和国民法典》《中华人民共和国职业教育法》和《职业学校学生实习管理规定》，"
                + "本着平等自愿、协商一致的原则，甲乙丙三方就学生岗位实习有关事宜达成如下协议。实习期间，乙方应当为学生提供必要的"
                + "实习条件和安全健康的实习环境，不得安排学生从事高空、井下、放射性、有毒、易燃易爆以及其他具有较高安全风险的实习。";
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = 0; i < 30; i++) {
            b.append(pt("第" + numbers[i % 10] + "条　" + clause));
        }
        b.append(pt("实习期限自 " + field(d, "placement.startDate") + " 起至 " + field(d, "placement.endDate") + " 止。"));
        b.append(pt("实习报酬：每月人民币 " + field(d, "placement.monthlyPay") + " 元。"));
        b.append(table(d));
        b.append(pt("（以下无正文）"));
        b.append(tbl(tr(tc(pt("甲方（盖章）")), tc(pt("乙方（盖章）")), tc(pt("丙方（签字）"))),
                tr(tc(pt("代表：")), tc(pt("代表：")), tc(pt("监护人：")))));
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/styles.xml", filler("styles", 40_000));
        parts.put("word/fontTable.xml", filler("fonts", 3_000));
        parts.put("word/settings.xml", filler("settings", 4_000));
        return DocxTestSupport.docx(b.toString(), parts);
    }

    private static String table(Dialect d) {
        StringBuilder rows = new StringBuilder();
        String head = d == Dialect.POITL ? "{{students}}序号" : "序号";
        rows.append(tr(tc(pt(head)), tc(pt("姓名")), tc(pt("性别")), tc(pt("出生日期")), tc(pt("身份证号"))));
        switch (d) {
            case HEZUO -> rows.append(tr(tc(pt("{{#each students}}{{@序号}}")), tc(pt("{{name}}")), tc(pt("{{gender}}")),
                    tc(pt("{{birthDate}}")), tc(pt("{{idNumber}}{{/each}}"))));
            case POITL -> rows.append(tr(tc(pt("")), tc(pt("[name]")), tc(pt("[gender]")), tc(pt("[birthDate]")), tc(pt("[idNumber]"))));
            case XDOC -> rows.append(tr(tc(pt("@before-row[#list students as s]${s?index + 1}")), tc(pt("${s.name}")),
                    tc(pt("${s.gender}")), tc(pt("${s.birthDate}")), tc(pt("${s.idNumber}@after-row[/#list]"))));
            case DOCX4J -> {
                for (int i = 1; i <= STUDENTS; i++) {
                    rows.append(tr(tc(pt(Integer.toString(i))), tc(pt("${s" + i + "_name}")), tc(pt("${s" + i + "_gender}")),
                            tc(pt("${s" + i + "_birthDate}")), tc(pt("${s" + i + "_idNumber}"))));
                }
            }
        }
        return tbl(rows.toString());
    }

    /** Stand-ins for the styles, theme, font table and settings parts that Word writes (sizes of a real file). */
    private static String filler(String kind, int size) {
        Random rnd = new Random(kind.hashCode());
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        return switch (kind) {
            case "styles" -> {
                StringBuilder sb = new StringBuilder(head + "<w:styles " + w + ">");
                for (int i = 0; sb.length() < size; i++) {
                    sb.append("<w:style w:type=\"paragraph\" w:styleId=\"S").append(i).append("\"><w:name w:val=\"Style ")
                            .append(i).append("\"/><w:rPr><w:sz w:val=\"").append(16 + rnd.nextInt(40)).append("\"/></w:rPr></w:style>");
                }
                yield sb.append("</w:styles>").toString();
            }
            case "fonts" -> head + "<w:fonts " + w + "><w:font w:name=\"宋体\"/><w:font w:name=\"仿宋\"/><w:font w:name=\"黑体\"/>"
                    + "<w:font w:name=\"Times New Roman\"/></w:fonts>";
            case "settings" -> head + "<w:settings " + w + "><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/></w:settings>";
            default -> {
                StringBuilder sb = new StringBuilder(head + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\">"
                        + "<a:themeElements><a:clrScheme name=\"Office\">");
                sb.append("<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1></a:clrScheme></a:themeElements>");
                for (int i = 0; sb.length() < size; i++) {
                    sb.append("<!-- padding ").append(rnd.nextLong()).append(" -->");
                }
                yield sb.append("</a:theme>").toString();
            }
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
