package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hezuo.api.decision.FieldError;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentField.Type;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.TemplateData;
import org.junit.jupiter.api.Test;

class DocumentFieldsTest {
    private static final Path TEMPLATES = Path.of("../../templates");

    private static List<DocumentField> fields(String... paragraphs) {
        return TemplateCompiler.compile("测试模板", docx(String.join("", paragraphs)), TemplateData.SCHEMA).documentFields();
    }

    private static String summary(List<DocumentField> fields) {
        return fields.stream().map(f -> f.name() + ":" + f.type() + (f.required() ? "!" : "")).collect(Collectors.joining(" "));
    }

    @Test
    void fieldsInFormOrderWithLabelTypeAndWhetherRequired() {
        List<DocumentField> fs = fields(
                pt("本协议一式{{doc.copies}}份，各方各执{{doc.copiesEach | 缺省:一}}份。"),
                pt("编号：{{doc.number}}　{{school.name}}"),
                pt("{{#if school.name}}签订地点：{{doc.place}}{{/if}}"),
                pt("{{#each students}}{{name}} {{$.doc.date | 日期}}{{/each}}"));
        assertEquals("number:TEXT! place:TEXT date:DATE! copies:INTEGER! copiesEach:INTEGER", summary(fs));
        DocumentField copies = fs.get(3);
        assertEquals("份数（一式几份）", copies.label());
        assertEquals("doc.copies", copies.path());
        assertNull(copies.defaultText());
        assertEquals("一", fs.get(4).defaultText());
        assertEquals("签订地点", fs.get(1).label());
    }

    @Test
    void aFieldWrittenBothInsideAndOutsideAConditionIsRequired() {
        assertEquals("issuer:TEXT! recipients:TEXT", summary(fields(
                pt("{{#if doc.recipients}}主送：{{doc.recipients}}{{/if}}"),
                pt("{{#if doc.issuer}}{{doc.issuer}}{{else}}无{{/if}}"),
                pt("发文机关：{{doc.issuer}}"))));
        assertEquals("", summary(fields(pt("{{school.name}}"))));
    }

    @Test
    void anOpenSchemaListsUnknownDocumentFieldsAsText() {
        List<DocumentField> fs = TemplateCompiler.compile("t", docx(pt("{{doc.seal}} {{doc.number}}")), FieldSchema.any())
                .documentFields();
        assertEquals("number:TEXT! seal:TEXT!", summary(fs));
        assertEquals("seal", fs.get(1).label());
    }

    @Test
    void theShippedTemplatesAskForWhatTheyWrite() throws Exception {
        var service = new TemplateDirectoryDocumentService(TEMPLATES, TemplateData.SCHEMA, true, "", 10, 0);
        assertEquals("number:TEXT! place:TEXT! date:DATE! copies:INTEGER!",
                summary(service.documentFields("internship-tripartite-agreement")));
        assertEquals("number:TEXT! place:TEXT! date:DATE! copies:INTEGER! copiesEach:INTEGER",
                summary(service.documentFields("cooperation-agreement")));
        assertEquals("number:TEXT! date:DATE! issuer:TEXT! recipients:TEXT!",
                summary(service.documentFields("steering-committee-notice")));
        assertEquals("number:TEXT! date:DATE! issuer:TEXT! dueDate:DATE! account:TEXT!",
                summary(service.documentFields("refund-notice")));
        assertEquals(List.of(), service.documentFields("no-such-template"));
        for (String id : service.templateIds()) {
            assertTrue(service.documentFields(id).stream().anyMatch(f -> f.name().equals("number") || f.name().equals("date")), id);
        }
    }

    @Test
    void checkFlagsMissingRequiredFieldsAndCountsBelowOne() {
        List<DocumentField> fs = fields(pt("{{doc.number}} 一式{{doc.copies}}份 各执{{doc.copiesEach | 缺省:一}}份"));
        DocumentInfo doc = new DocumentInfo();
        doc.setNumber(" ");
        doc.setCopiesEach(0);
        List<FieldError> errors = doc.check(fs);
        assertEquals(List.of("doc.number:REQUIRED", "doc.copies:REQUIRED", "doc.copiesEach:POSITIVE"),
                errors.stream().map(e -> e.path() + ":" + e.code()).toList());
        assertEquals("份数（一式几份）", errors.get(1).label());
        doc.setNumber("黔合〔2026〕1号");
        doc.setCopies(4);
        doc.setCopiesEach(null);
        assertEquals(List.of(), doc.check(fs));
    }
}
