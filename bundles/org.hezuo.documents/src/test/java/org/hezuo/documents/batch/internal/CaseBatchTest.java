package org.hezuo.documents.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBatchTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final List<PolicyCase> seen = new ArrayList<>();

    /** 不符合 when the first student's name contains "违规", unless overridden. */
    private final CaseDocumentService fake = r -> {
        calls.incrementAndGet();
        PolicyCase c = r.policyCase();
        seen.add(c);
        String name = c.getStudents().isEmpty() ? "" : c.getStudents().get(0).getName();
        if (name.contains("违规") && r.overrideReason() == null) {
            return new CaseDocument(null, null, null, false, null, r.actor(), List.of(
                    new DocumentProblem("POLICY_NON_COMPLIANT", "案件审查结论为不符合", r.templateId(), "", ""),
                    new DocumentProblem("INTERNSHIP_MINOR", "未满16周岁", r.templateId(), "", "students[0].birthDate")));
        }
        byte[] doc = (c.getCaseId() + "/" + name + "/" + c.getSchool().getName() + "/" + r.doc().getNumber())
                .getBytes(StandardCharsets.UTF_8);
        return new CaseDocument(null, doc, "协议-" + c.getCaseId() + ".docx", r.overrideReason() != null,
                r.overrideReason(), r.actor(), List.of());
    };
    private final CaseBatch batch = new CaseBatch(fake, () -> Set.of("internship"));

    private static Path base(Path dir) throws Exception {
        return Files.writeString(dir.resolve("base.json"), "{\"caseType\": \"POST_INTERNSHIP\", \"caseId\": \"HZ-0\","
                + " \"school\": {\"name\": \"黔中职业学校\"}, \"students\": [{\"name\": \"模板\", \"studentNo\": \"2024000\","
                + " \"specialty\": \"机电技术应用\", \"gender\": \"女\"}]}");
    }

    private static Path csv(Path dir) throws Exception {
        return Files.writeString(dir.resolve("rows.csv"), "caseId,students.0.name,doc.number\n"
                + "HZ-1,张三,No.1\n"
                + "HZ-2,违规王五,No.2\n"
                + "HZ-3,李四,No.3,多余\n"
                + "HZ-4,赵六,No.4\n"
                + "HZ-5,孙七,\n", StandardCharsets.UTF_8);
    }

    @Test
    void rowsMergedOverTheBaseWithManifestResumeAndOverride(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        List<String> progress = new ArrayList<>();
        CaseBatchService.Request req = new CaseBatchService.Request("internship", csv(dir), out, base(dir), false, null, "clerk");
        CaseBatchService.Summary s = batch.run(req, (d, t, st, why) -> progress.add(d + "/" + t + " " + st));
        assertEquals(new CaseBatchService.Summary(5, 3, 0, 2, out.resolve("manifest.csv")), s);
        assertEquals(List.of("1/5 ok", "2/5 error", "3/5 error", "4/5 ok", "5/5 ok"), progress);
        assertEquals("HZ-1/张三/黔中职业学校/No.1", Files.readString(out.resolve("00001-协议-HZ-1.docx")));
        // the base's student is a pattern: the cohort's specialty, not the pattern's number or gender
        assertEquals("机电技术应用", seen.get(0).getStudents().get(0).getSpecialty());
        assertNull(seen.get(0).getStudents().get(0).getStudentNo());
        assertNull(seen.get(0).getStudents().get(0).getGender());
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals("row,file,status,reason,hash", manifest.get(0));
        assertTrue(manifest.get(2).startsWith("2,,error,表中第3行：案件审查结论为不符合 [POLICY_NON_COMPLIANT]；未满16周岁 [INTERNSHIP_MINOR]（students[0].birthDate）,"),
                manifest.get(2));
        assertTrue(manifest.get(3).contains("[ROW_FORMAT]"), manifest.get(3));
        assertFalse(Files.list(out).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));

        // re-run: done rows are skipped, failed rows are tried again
        calls.set(0);
        s = batch.run(req, (d, t, st, why) -> { });
        assertEquals(new CaseBatchService.Summary(5, 0, 3, 2, out.resolve("manifest.csv")), s);
        assertEquals(1, calls.get());

        // with an override reason the 不符合 row is written and the reason recorded
        s = batch.run(new CaseBatchService.Request("internship", req.rows(), out, req.baseCase(), false, "局里特批", "clerk"),
                (d, t, st, why) -> { });
        assertEquals(1, s.failed()); // only the malformed row still fails
        assertEquals(1, s.ok()); // the compliant rows are not regenerated for an override
        assertTrue(Files.readString(out.resolve("manifest.csv")).contains("[OVERRIDDEN]：局里特批"));
        // the same override again: nothing to do; another reason: the overridden row only
        assertEquals(3 + 1, batch.run(new CaseBatchService.Request("internship", req.rows(), out, req.baseCase(), false,
                "局里特批", "clerk"), (d, t, st, why) -> { }).skipped());
        s = batch.run(new CaseBatchService.Request("internship", req.rows(), out, req.baseCase(), false, "厅里特批", "clerk"),
                (d, t, st, why) -> { });
        assertEquals(1, s.ok());
    }

    @Test
    void aClerksRosterSavedByExcelWithChineseColumnsDatesAndYesNo(@TempDir Path dir) throws Exception {
        // as Excel or WPS saves "CSV" on a Chinese Windows: GBK, Chinese column names, dates 2008/5/12, 是/否
        Path rows = dir.resolve("名单.csv");
        Files.write(rows, ("姓名,性别,身份证号,出生日期,已签三方协议,文书编号\r\n"
                + "张晓东,男,520522200805120311,2008/5/12,是,QX-001\r\n"
                + "李雨涵,女,520522200811300427,2008年11月30日,否,QX-002\r\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        Path out = dir.resolve("out");
        CaseBatchService.Summary s = batch.run(new CaseBatchService.Request("internship", rows, out, base(dir), false, null,
                "clerk"), (d, t, st, why) -> { });
        assertEquals(2, s.ok(), Files.readString(out.resolve("manifest.csv")));
        var first = seen.get(0).getStudents().get(0);
        assertEquals("张晓东", first.getName());
        assertEquals("男", first.getGender().label());
        assertEquals("520522200805120311", first.getIdNumber());
        assertEquals(java.time.LocalDate.of(2008, 5, 12), first.getBirthDate());
        assertEquals(Boolean.TRUE, first.getAgreementSigned());
        assertEquals(java.time.LocalDate.of(2008, 11, 30), seen.get(1).getStudents().get(0).getBirthDate());
        assertEquals(Boolean.FALSE, seen.get(1).getStudents().get(0).getAgreementSigned());
        assertEquals("HZ-0/李雨涵/黔中职业学校/QX-002", Files.readString(out.resolve("00002-协议-HZ-0.docx")));
    }

    @Test
    void aColumnNamedAmbiguouslyStopsTheBatchBeforeAnyRowNamingTheChoices(@TempDir Path dir) throws Exception {
        Path rows = Files.writeString(dir.resolve("rows.csv"), "名称,学生姓名\n甲,乙\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> batch.run(
                new CaseBatchService.Request("internship", rows, dir.resolve("out"), base(dir), false, null, "clerk"),
                (d, t, st, why) -> { }));
        assertTrue(e.getMessage().contains("第1列“名称”可指多个字段"), e.getMessage());
        assertTrue(e.getMessage().contains("学校.名称（school.name）"), e.getMessage());
        assertEquals(0, calls.get());
    }

    @Test
    void jsonRowsWithFieldErrorsAndUnknownTemplate(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("rows.json"), "[{\"caseId\": \"J-1\", \"caseType\": \"POST_INTERNSHIP\","
                + " \"school\": {\"name\": \"一中\"}, \"students\": [{\"name\": \"甲\"}]},"
                + " {\"caseId\": \"J-2\", \"caseType\": \"岗位实习X\", \"school\": {\"name\": \"二中\"}},"
                + " {\"caseId\": \"J-3\", \"school\": {\"name\": \"三中\"}, \"doc\": {\"copies\": \"两份\"}}]");
        Path out = dir.resolve("out");
        List<String> reasons = new ArrayList<>();
        CaseBatchService.Summary s = batch.run(new CaseBatchService.Request("internship", json, out, null, false, null, "c"),
                (d, t, st, why) -> reasons.add(why));
        assertEquals(1, s.ok());
        assertEquals(2, s.failed());
        assertTrue(reasons.get(1).startsWith("输入有误 [INVALID]：") && reasons.get(1).contains("caseType"), reasons.get(1));
        assertTrue(reasons.get(2).contains("doc.copies"), reasons.get(2));
        assertThrows(IllegalArgumentException.class, () -> batch.run(
                new CaseBatchService.Request("nope", json, out, null, false, null, "c"), (d, t, st, why) -> { }));
    }

    @Test
    void sharedDocumentFieldsFromTheBaseColumnsOverrideAndMissingRequiredOnesFailTheRow(@TempDir Path dir)
            throws Exception {
        List<DocumentField> fields = List.of(
                new DocumentField("number", "文书编号", DocumentField.Type.TEXT, true, null),
                new DocumentField("copies", "份数（一式几份）", DocumentField.Type.INTEGER, true, null));
        List<Integer> copies = new ArrayList<>();
        CaseDocumentService recording = r -> {
            copies.add(r.doc().getCopies());
            return fake.generate(r);
        };
        CaseBatch withFields = new CaseBatch(recording, () -> Set.of("internship"), id -> fields);
        Path base = Files.writeString(dir.resolve("base.json"), "{\"caseType\": \"POST_INTERNSHIP\", \"school\": "
                + "{\"name\": \"黔中职业学校\"}, \"doc\": {\"copies\": 4, \"place\": \"贵阳\"}}");
        Path rows = Files.writeString(dir.resolve("rows.csv"), "caseId,students.0.name,doc.number,doc.copies\n"
                + "HZ-1,张三,No.1,\n"
                + "HZ-2,李四,No.2,6\n"
                + "HZ-3,王五,,\n"
                + "HZ-4,赵六,No.4,0\n", StandardCharsets.UTF_8);
        List<String> reasons = new ArrayList<>();
        CaseBatchService.Summary s = withFields.run(new CaseBatchService.Request("internship", rows, dir.resolve("out"),
                base, false, null, "clerk"), (d, t, st, why) -> reasons.add(why));
        assertEquals(2, s.ok());
        assertEquals(List.of(4, 6), copies);
        assertTrue(reasons.get(2).contains("文书编号（doc.number）：必填") && reasons.get(2).contains("[REQUIRED]"), reasons.get(2));
        assertTrue(reasons.get(3).contains("doc.copies") && reasons.get(3).contains("[POSITIVE]"), reasons.get(3));
    }

    @Test
    void mergeIsDeepAndListsByIndex() {
        var merged = CaseRows.merge(java.util.Map.of("school", java.util.Map.of("name", "A", "code", "1"),
                        "students", List.of(java.util.Map.of("name", "x", "gender", "女", "grade", 3))),
                java.util.Map.of("school", java.util.Map.of("name", "B"), "students", List.of(java.util.Map.of("name", "y"))));
        assertEquals(java.util.Map.of("name", "B", "code", "1"), merged.get("school"));
        // another person: the pattern's grade, not x's gender
        assertEquals(List.of(java.util.Map.of("name", "y", "grade", 3)), merged.get("students"));
        // the same person: the row completes the base's student
        assertEquals(List.of(java.util.Map.of("name", "x", "gender", "女", "grade", 3, "phone", "13800138000")),
                CaseRows.merge(java.util.Map.of("students", List.of(java.util.Map.of("name", "x", "gender", "女", "grade", 3))),
                        java.util.Map.of("students", List.of(java.util.Map.of("phone", "13800138000")))).get("students"));
        // a base with a class of three: a row naming one student is a case of that one student
        var ofOne = CaseRows.merge(java.util.Map.of("students", List.of(java.util.Map.of("name", "x", "grade", 3,
                "studentNo", "2024001"), java.util.Map.of("name", "x2"), java.util.Map.of("name", "x3"))),
                java.util.Map.of("students", List.of(java.util.Map.of("name", "y"))));
        assertEquals(List.of(java.util.Map.of("name", "y", "grade", 3)), ofOne.get("students"));
        // a row without students keeps the base's class
        assertEquals(3, ((List<?>) CaseRows.merge(java.util.Map.of("students", List.of(java.util.Map.of("name", "x"),
                java.util.Map.of("name", "x2"), java.util.Map.of("name", "x3"))), java.util.Map.of("caseId", "C")).get("students")).size());
    }
}
