package org.hezuo.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Writes the committees pack's decision table {@code rules/committees/composition.drl.xlsx}: which
 * members each kind of committee must have. Not run by the default build; run on request:
 * {@code mvn -B -o -pl bundles/org.hezuo.rules test -Dtest=DecisionTableGenerator
 * -Dhezuo.dtable.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The generator only makes the first version. Once committed, the spreadsheet is the source:
 * policy staff edit it in Excel or WPS, and running the generator again overwrites their edits.
 */
class DecisionTableGenerator {
  static final String PACKAGE = "org.hezuo.rules.committees";
  static final String SHEET = "委员会组成";

  /** One column of the rule table: keyword, object (pattern) cell, code template, Chinese header, note. */
  record Column(String keyword, String object, String template, String header, String note) {}

  static final List<Column> COLUMNS = List.of(
      new Column("NAME", "", "", "规则名称",
          "规则的中文名称，每行不同。出现在“触发的规则”列表中。"),
      new Column("CONDITION", "",
          "PolicyCase( caseType == CaseType.COMMITTEE ) $c : Committee( isKind(kind, \"$param\") )",
          "委员会类型",
          "本行适用的委员会：校企合作指导委员会、教学咨询委员会、专业教学指导委员会。"
              + "可填多个，用“、”分隔。每行必填。"),
      new Column("CONDITION", "", "eval( params.flag(\"$param\") )", "参数开关",
          "可不填。填 pack.properties 中的参数名（如 committee.steering.requireSchoolUnit），"
              + "该参数为 true 时本行才检查。"),
      new Column("CONDITION", "", "exists Member( hasRole(role, \"$param\") )", "前提：已有以下职务的成员",
          "可不填。填职务（如 委员），只有委员会已有该职务的成员时本行才检查。"),
      new Column("CONDITION", "not Member", "hasRole(role, \"$param\")", "缺少的成员：职务",
          "以下四列描述“必须有的成员”；委员会中没有这样的成员时，本行判定。"
              + "职务：主任、副主任、委员、秘书、办公室主任、办公室副主任。可填多个，用“、”分隔（任一即可）。"),
      new Column("CONDITION", "", "isSide(side, \"$param\")", "缺少的成员：所属方",
          "企业、学校、政府部门、行业。可填多个，用“、”分隔（任一即可）。"),
      new Column("CONDITION", "", "isCategory(category, \"$param\")", "缺少的成员：身份类别",
          "技术专家、人力资源管理专家、校领导、部门负责人、专业课教师、行业专家、企业领导、学校教师、"
              + "政府负责人、成员单位主要负责人、其他。可填多个，用“、”分隔（任一即可）。"),
      new Column("CONDITION", "", "isSideOrCategory(side, category, \"$param\")",
          "缺少的成员：所属方或身份类别（满足其一即可）",
          "可不填。所属方和身份类别混合填写，成员满足其中任一项即可，如“政府部门、政府负责人”。"),
      new Column("ACTION", "", "out.block(\"$param\",", "不符合（填问题代码）",
          "结论三列只填一列：填在哪一列，就是哪种结论。问题代码用大写英文和下划线，如 COMMITTEE_STEERING_NO_DIRECTOR。"),
      new Column("ACTION", "", "out.review(\"$param\",", "需人工复核（填问题代码）",
          "结论为需人工复核时，在本列填问题代码。"),
      new Column("ACTION", "", "out.warn(\"$param\",", "提示（填问题代码）",
          "结论为提示（不影响是否符合）时，在本列填问题代码。"),
      new Column("ACTION", "", "\"$param\",", "条款编号",
          "依据的条款编号，必须已在 clauses.tsv 中登记，如 SEED-P1-04。每行必填。"),
      new Column("ACTION", "", "committeeName($c) + \"$param\", $c);", "说明（接在委员会名称之后）",
          "结论的中文说明，系统在前面加上委员会名称。不要使用英文双引号。每行必填。"));

  /** The rules: one row each, cells in the order of {@link #COLUMNS}. */
  static final String[][] ROWS = {
    {"指导委员会未设主任", "校企合作指导委员会", "", "", "主任", "", "", "",
        "COMMITTEE_STEERING_NO_DIRECTOR", "", "", "SEED-P1-04",
        "未设主任；校企合作指导委员会应由政府主要负责人（如县长）任主任"},
    {"指导委员会未设政府副主任", "校企合作指导委员会", "", "", "副主任", "", "", "政府部门、政府负责人",
        "COMMITTEE_STEERING_NO_DEPUTY", "", "", "SEED-P1-04",
        "未设由政府分管负责人（分管教育、工业工作的副县长等）担任的副主任"},
    {"指导委员会没有成员单位", "校企合作指导委员会", "", "", "委员", "", "", "",
        "COMMITTEE_STEERING_NO_MEMBER_UNITS", "", "", "SEED-P1-04",
        "没有成员；指导委员会应由教育、工信、人社、招商等部门，园区、基地和职业学校等单位主要负责人为成员"},
    {"指导委员会成员单位中没有职业学校", "校企合作指导委员会", "committee.steering.requireSchoolUnit", "委员",
        "委员", "学校", "", "",
        "COMMITTEE_STEERING_NO_SCHOOL_UNIT", "", "", "SEED-P1-04",
        "的成员单位中没有职业学校；校企合作指导委员会应吸收合作的职业学校为成员单位"},
    {"指导委员会办公室未设主任", "校企合作指导委员会", "", "", "办公室主任", "", "", "",
        "COMMITTEE_STEERING_NO_OFFICE_DIRECTOR", "", "", "SEED-P1-04",
        "下设办公室未确定办公室主任；办公室主任负责日常工作"},
    {"教学咨询委员会、专业教学指导委员会未设主任", "教学咨询委员会、专业教学指导委员会", "", "", "主任", "", "", "",
        "", "", "COMMITTEE_NO_DIRECTOR", "PRAC-CHARTER",
        "未设主任；委员会章程通常设主任一名，负责召集会议"},
    {"教学咨询委员会没有企业委派的技术专家或人力资源管理专家", "教学咨询委员会", "", "", "", "企业",
        "技术专家、人力资源管理专家", "",
        "COMMITTEE_ADVISORY_NO_ENTERPRISE_EXPERT", "", "", "SEED-P3-06",
        "没有企业委派的技术专家或人力资源管理专家"},
    {"教学咨询委员会没有学校方成员", "教学咨询委员会", "", "", "", "学校", "校领导、部门负责人、专业课教师", "",
        "COMMITTEE_ADVISORY_NO_SCHOOL_MEMBER", "", "", "SEED-P3-06",
        "没有学校有关校领导、部门负责人或专业课教师参加"},
    {"专业教学指导委员会没有行业专家", "专业教学指导委员会", "", "", "", "", "行业专家", "",
        "COMMITTEE_SPECIALTY_NO_INDUSTRY_EXPERT", "", "", "SEED-P4-10", "没有聘请行业专家"},
    {"专业教学指导委员会没有企业领导", "专业教学指导委员会", "", "", "", "", "企业领导", "",
        "COMMITTEE_SPECIALTY_NO_ENTERPRISE_LEADER", "", "", "SEED-P4-10", "没有聘请企业领导"},
    {"专业教学指导委员会没有学校教师", "专业教学指导委员会", "", "", "", "", "学校教师、专业课教师", "",
        "COMMITTEE_SPECIALTY_NO_SCHOOL_TEACHER", "", "", "SEED-P4-10", "没有学校教师参加"},
  };

  static final String[] INTRO = {
    "委员会组成要求（决策表）。每一行是一条规则：某类委员会必须有某种成员，没有时给出结论。",
    "第6至13行（RuleSet、Import、Variables、RuleTable、CONDITION/ACTION、对象、代码模板）是系统读取用的，不要改动；"
        + "第14行是列标题；第15行起每一行是一条规则。",
    "新增一条要求：在最后一行下面插入一行，按各列说明填写（把鼠标放在列标题上可看到说明）；空单元格表示该列不适用。",
    "保存后系统自动检查：填错的名称、未登记的条款编号、不允许的代码都会列出，并指明单元格；有问题时正在使用的规则不变。",
  };

  @Test
  void write() throws IOException {
    if (!Boolean.getBoolean("hezuo.dtable.write")) {
      System.out.println("DecisionTableGenerator: add -Dhezuo.dtable.write=true to write "
          + target().toAbsolutePath());
      return;
    }
    Files.write(target(), composition());
    System.out.println("DecisionTableGenerator: wrote " + target().toAbsolutePath());
  }

  static Path target() {
    return ShippedRulesTest.RULES.resolve("committees/composition.drl.xlsx");
  }

  /** The workbook, with the rows given. */
  static byte[] composition() {
    return workbook(COLUMNS, ROWS);
  }

  static byte[] workbook(List<Column> columns, String[][] rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet(SHEET);
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle title = wb.createCellStyle();
      title.setFont(bold);
      CellStyle grey = wb.createCellStyle();
      Font greyFont = wb.createFont();
      greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      grey.setFont(greyFont);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      border(header);
      CellStyle body = wb.createCellStyle();
      body.setWrapText(true);
      body.setVerticalAlignment(VerticalAlignment.TOP);
      border(body);

      int r = 0;
      // rows 1-4: the Chinese explanation for staff (Drools ignores text before RuleSet)
      for (String line : INTRO) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(line);
        row.getCell(0).setCellStyle(r == 1 ? title : null);
      }
      r++;
      // the rule-set header, as Drools expects it
      String[][] head = {
        {"RuleSet", PACKAGE},
        {"Import", "org.hezuo.api.model.*"},
        {"Variables", "org.hezuo.api.rules.RuleOutput out, org.hezuo.api.rules.PackParameters params"},
      };
      for (String[] h : head) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(h[0]);
        row.createCell(1).setCellValue(h[1]);
        row.getCell(0).setCellStyle(grey);
        row.getCell(1).setCellStyle(grey);
      }
      r++;
      Row table = s.createRow(r++);
      table.createCell(0).setCellValue("RuleTable 委员会组成要求");
      table.getCell(0).setCellStyle(title);
      Row keywords = s.createRow(r++);
      Row objects = s.createRow(r++);
      Row templates = s.createRow(r++);
      Row headers = s.createRow(r++);
      CreationHelper help = wb.getCreationHelper();
      Drawing<?> drawing = s.createDrawingPatriarch();
      int notMemberFrom = -1;
      int notMemberTo = -1;
      for (int c = 0; c < columns.size(); c++) {
        Column col = columns.get(c);
        keywords.createCell(c).setCellValue(col.keyword());
        keywords.getCell(c).setCellStyle(grey);
        // every cell exists, blank ones too: a merged object cell needs real cells under the merge
        objects.createCell(c).setCellValue(col.object());
        objects.getCell(c).setCellStyle(grey);
        templates.createCell(c).setCellValue(col.template());
        templates.getCell(c).setCellStyle(grey);
        headers.createCell(c).setCellValue(col.header());
        headers.getCell(c).setCellStyle(header);
        if (col.object().equals("not Member")) {
          notMemberFrom = c;
          notMemberTo = c;
        } else if (notMemberFrom >= 0 && notMemberTo == c - 1 && col.keyword().equals("CONDITION") && col.object().isEmpty()) {
          notMemberTo = c; // the "not Member" object cell spans the constraint columns after it
        }
        ClientAnchor anchor = help.createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 3);
        anchor.setRow1(headers.getRowNum());
        anchor.setRow2(headers.getRowNum() + 5);
        Comment note = drawing.createCellComment(anchor);
        note.setString(help.createRichTextString(col.note()));
        note.setAuthor("Hezuo");
        headers.getCell(c).setCellComment(note);
      }
      if (notMemberFrom >= 0 && notMemberTo > notMemberFrom) {
        s.addMergedRegion(new CellRangeAddress(objects.getRowNum(), objects.getRowNum(),
            notMemberFrom, notMemberTo));
      }
      for (String[] values : rows) {
        Row row = s.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          String v = c < values.length ? values[c] : "";
          if (!v.isEmpty()) {
            row.createCell(c).setCellValue(v);
          } else {
            row.createCell(c);
          }
          row.getCell(c).setCellStyle(body);
        }
      }
      int[] widths = {30, 22, 16, 14, 14, 12, 24, 20, 30, 22, 22, 14, 48};
      for (int c = 0; c < columns.size(); c++) {
        s.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 16));
      }
      s.createFreezePane(1, headers.getRowNum() + 1);
      wb.write(bos);
      return bos.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void border(CellStyle style) {
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }
}
