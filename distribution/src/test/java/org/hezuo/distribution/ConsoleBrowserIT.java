package org.hezuo.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.NodeList;

/**
 * The web console of the assembled host in headless Chromium, as clerks and policy staff use it:
 * the generated case form with inline validation, a check against the rules in force with each
 * finding's clause, generated .docx downloads with the document fields each template asks for (份数
 * of the tripartite agreement, single and batch), a refused rule file with file:line, and the policy
 * page refused to a clerk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends BrowserTestSupport {

  @Test
  @Order(1)
  void clerkSeesInlineValidationThenFindingsWithTheirClauses() throws IOException {
    openClerkForm();
    // a bad 统一社会信用代码 in the empty form: the field says what is wrong as soon as it is left
    type(By.cssSelector("[data-path='enterprise.creditCode']"), "91520522MA6DK3P2X");
    showsText(By.cssSelector("[data-err='enterprise.creditCode']"), "应为18位统一社会信用代码");

    // paste a case that breaks the internship rules (examples/post-internship-violations.json)
    driver.findElement(By.id("showJson")).click();
    String json =
        Files.readString(host.home().resolve("examples/post-internship-violations.json"))
            .replaceAll("\\n\\s*", "");
    type(By.id("jsonText"), json);
    driver.findElement(By.id("applyJson")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("[data-path='caseId']"), "value", "QX-GW-2026-019"));

    By idNumber = By.cssSelector("[data-path='students[0].idNumber']");
    By idError = By.cssSelector("[data-err='students[0].idNumber']");
    type(idNumber, "52052220101015031");
    showsText(idError, "应为18位居民身份证号码");
    // typed with a Chinese input method: full-width digits in groups, read as the plain number
    type(idNumber, "５２０５２２ ２０１０１０１５ ０３１９");
    waiting().until(ExpectedConditions.textToBe(idError, ""));
    assertEquals("520522201010150319", driver.findElement(idNumber).getAttribute("value"));

    driver.findElement(By.id("check")).click();
    assertEquals("不符合", visible(By.id("outcome")).getText());
    String under16 =
        showsText(
            By.xpath("//table[@id='findings']//tr[contains(., 'INTERN_UNDER_16')]"), "未满16周岁");
    assertTrue(under16.contains("《职业学校学生实习管理规定》"), under16);
    assertTrue(under16.contains("不得安排、接收未满16周岁的学生进行岗位实习"), "clause text: " + under16);
    // the student concerned by the form's names, not by a JSON path
    assertTrue(under16.contains("学生 1（"), "the fact concerned: " + under16);
    // computed values by their Chinese labels, the rules' name in the tooltip
    WebElement ratio = visible(By.xpath("//table[@id='values']//td[@title='internRatio']"));
    assertEquals("同期岗位实习学生占实习单位在岗职工总数的比例（%）", ratio.getText());
    illustrate("console-clerk", By.id("resultSection"));

    // the consent form needs its number: flagged before anything is sent
    new Select(visible(By.id("template"))).selectByValue("internship-informed-consent");
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "请先填写文书信息：文书编号");
    showsText(By.cssSelector("[data-err='doc.number']"), "必填");

    // a 不符合 case yields no document unless the clerk overrides with a reason
    type(By.id("docNumber"), "黔职〔2026〕9号");
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "审查结论为不符合");
    assertTrue(visible(By.id("overrideRow")).isDisplayed());
  }

  @Test
  @Order(2)
  void clerkGeneratesADocumentThatDownloads() throws Exception {
    checkTheExampleCase();
    new Select(visible(By.id("template"))).selectByValue("internship-informed-consent");
    type(By.id("docNumber"), "黔职〔2026〕8号");
    // the consent form writes its number only: no place, date or 份数 to fill in
    assertTrue(driver.findElements(By.id("docPlace")).isEmpty(), "no 签订地点 for the consent form");
    assertTrue(driver.findElements(By.id("docCopies")).isEmpty(), "no 份数 for the consent form");
    Path docx = generateAndDownload();
    String text = documentText(docx);
    assertTrue(text.contains("知情同意书"), text);
    assertTrue(text.contains("张晓东"), "the student of the case: " + text);
  }

  @Test
  @Order(3)
  void clerkGeneratesTheTripartiteAgreementWithTheCopiesEntered() throws Exception {
    checkTheExampleCase();
    new Select(visible(By.id("template"))).selectByValue("internship-tripartite-agreement");
    String copiesLabel = visible(By.cssSelector("label[for='docCopies']")).getText();
    assertTrue(copiesLabel.contains("份数"), copiesLabel);
    assertTrue(driver.findElements(By.id("docIssuer")).isEmpty(), "no 发文机关 for an agreement");

    type(By.id("docNumber"), "黔职实〔2026〕18号");
    type(By.id("docPlace"), "黔西县");
    setDate(By.id("docDate"), "2026-08-28");
    type(By.id("docCopies"), "0");
    showsText(By.cssSelector("[data-err='doc.copies']"), "应为正整数");
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "份数");
    type(By.id("docCopies"), "7");
    waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-err='doc.copies']"), ""));

    Path docx = generateAndDownload();
    String text = documentText(docx);
    assertTrue(text.contains("学生岗位实习三方协议"), text);
    assertTrue(text.contains("本协议一式7份"), "the 份数 entered: " + text);
    String header = partText(docx, "word/header");
    assertTrue(header.contains("黔职实〔2026〕18号"), "the number entered, in the header: " + header);
  }

  @Test
  @Order(4)
  void clerkBatchGeneratesTripartiteAgreementsFromACsvWithSharedCopies() throws Exception {
    checkTheExampleCase();
    Path csv = work.resolve("batch-rows.csv");
    // a roster as a clerk keeps it: Chinese column names, dates as a spreadsheet writes them
    Files.writeString(csv, "caseId,姓名,身份证号,出生日期,性别,文书编号\n"
        + "QX-GW-2026-101,李明,520522200704182118,2007/4/18,男,黔职实〔2026〕101号\n"
        + "QX-GW-2026-102,王芳,520522200709033226,2007/9/3,女,黔职实〔2026〕102号\n");
    new Select(visible(By.id("batchTemplate"))).selectByValue("internship-tripartite-agreement");
    visible(By.id("batchFile")).sendKeys(csv.toString());
    // 份数 is required and not a column: flagged before sending
    driver.findElement(By.id("batchGenerate")).click();
    showsText(By.id("batchMsg"), "doc.copies");
    showsText(By.cssSelector("#batchDocFields [data-err='doc.copies']"), "必填");

    type(By.id("batchDocPlace"), "黔西县");
    setDate(By.id("batchDocDate"), "2026-08-28");
    type(By.id("batchDocCopies"), "3");
    clearDownloads();
    driver.findElement(By.id("batchGenerate")).click();
    // progress while it runs, then the rows: row, file, 已生成 / 未生成, reason
    visible(By.id("batchProgress"));
    showsText(By.id("batchProgressText"), "已处理");
    showsText(By.id("batchSummary"), "共 2 行：已生成 2 份");
    showsText(By.id("batchProgressText"), "已处理 2 / 2 行");
    List<WebElement> rows = driver.findElements(By.cssSelector("#batchRows tbody tr"));
    assertEquals(2, rows.size());
    assertTrue(rows.get(1).getText().startsWith("2"), rows.get(1).getText());
    assertTrue(rows.get(1).getText().contains(".docx"), rows.get(1).getText());
    assertTrue(rows.get(1).getText().contains("已生成"), rows.get(1).getText());
    visible(By.id("batchZip")).click();

    Path zip = waiting().withMessage("a .zip in " + downloads).until(d -> downloaded(".zip"));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      List<String> names = z.stream().map(ZipEntry::getName).sorted().toList();
      assertEquals(3, names.size(), names.toString());
      assertTrue(names.contains("manifest.csv"), names.toString());
      Path second = work.resolve("batch-2.docx");
      try (InputStream in = z.getInputStream(z.getEntry(names.get(1)))) {
        Files.copy(in, second, StandardCopyOption.REPLACE_EXISTING);
      }
      String text = documentText(second);
      assertTrue(text.contains("本协议一式3份"), "the shared 份数: " + text);
      assertTrue(text.contains("王芳"), "the row's student: " + text);
    }

    // after a reload the clerk finds the job again under 我的批量任务, with its rows and its zip
    openAs("clerk", "clerk123", "index.html");
    showsText(By.cssSelector("#jobsTable tbody tr"), "已完成：已生成 2 份");
    showsText(By.cssSelector("#jobsTable tbody tr"), "batch-rows.csv");
    visible(By.cssSelector("#jobsTable .jobShow")).click();
    showsText(By.cssSelector("#jobDetail #batchSummary"), "共 2 行：已生成 2 份");
    assertEquals(2, driver.findElements(By.cssSelector("#jobDetail #batchRows tbody tr")).size());
    illustrate("console-batch", By.id("jobsSection"));
    clearDownloads();
    visible(By.cssSelector("#jobDetail #batchZip")).click();
    waiting().withMessage("the zip again in " + downloads).until(d -> downloaded(".zip"));
  }

  @Test
  @Order(5)
  void policyStaffSeeARefusedRuleFileWithItsLine() throws IOException {
    openAs("policy", "policy123", "policy.html");
    showsText(By.id("who"), "政策管理员");
    waiting().until(d -> d.findElement(By.id("version")).getText().matches("[0-9a-f]{8,}"));

    type(By.id("rulePath"), "national-internship/age.drl");
    // line 2 names no pattern: the parser stops at "then" on line 3
    type(By.id("ruleContent"), "rule \"年龄\"\nwhen broken\nthen\nend\n");
    driver.findElement(By.id("validate")).click();
    showsText(By.id("validation"), "有问题");
    showsText(By.cssSelector("#validation table.problems"), "national-internship/age.drl:3");
    illustrate("console-policy", By.id("validation"));
  }

  @Test
  @Order(6)
  void policyStaffUploadATemplateRefusedWithItsReasonThenPutTheCorrectedOneInForce() throws Exception {
    byte[] good = Files.readAllBytes(host.home().resolve("templates/cooperation-agreement.docx"));
    Path broken = work.resolve("本校合作协议.docx");
    Files.write(broken, withDocumentXml(good, xml -> xml.replaceFirst("\\{\\{school\\.name}}", "{{school.nmae}}")));
    Path corrected = work.resolve("corrected.docx");
    Files.write(corrected, good);

    openAs("policy", "policy123", "policy.html");
    showsText(By.id("templates"), "在用模板");
    visible(By.id("tplFile")).sendKeys(broken.toString());
    assertEquals("本校合作协议", visible(By.id("tplId")).getAttribute("value"));
    driver.findElement(By.id("tplInstall")).click();
    showsText(By.id("tplResult"), "未启用");
    showsText(By.cssSelector("#tplResult table.problems"), "UNKNOWN_FIELD");
    showsText(By.cssSelector("#tplResult table.problems"), "school.nmae");

    visible(By.id("tplFile")).sendKeys(corrected.toString());
    driver.findElement(By.id("tplInstall")).click();
    showsText(By.id("tplResult"), "模板“本校合作协议”已启用");
    showsText(By.id("templates"), "本校合作协议");
    assertTrue(Files.exists(host.home().resolve("templates/本校合作协议.docx")));
  }

  /** The same .docx with its word/document.xml rewritten. */
  private static byte[] withDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> edit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null;) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          content = edit.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  @Order(7)
  void clerkIsRefusedThePolicyPageAndItsEndpoints() throws Exception {
    openAs("clerk", "clerk123", "policy.html");
    showsText(By.id("denied"), "仅限政策管理员");
    assertFalse(
        driver.findElement(By.id("validate")).isDisplayed(),
        "the rule check is hidden from a clerk");
    for (String endpoint : new String[] {"rules/status", "rules/versions", "rules/history"}) {
      assertEquals(
          403, host.get("/hezuo/api/" + endpoint, "clerk", "clerk123").statusCode(), endpoint);
    }
  }

  /** The clerk's form with the example internship case (examples/post-internship.json), checked: 符合. */
  private static void checkTheExampleCase() {
    openClerkForm();
    driver.findElement(By.id("loadExample")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("[data-path='caseId']"), "value", "QX-GW-2026-018"));
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("outcome"), "符合"));
  }

  /** Clicks 生成并下载 and waits for the console's confirmation and the downloaded .docx. */
  private static Path generateAndDownload() throws IOException {
    clearDownloads();
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "已生成并下载");
    return waiting().withMessage("a .docx in " + downloads).until(d -> downloaded(".docx"));
  }

  private static void clearDownloads() throws IOException {
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        Files.delete(p);
      }
    }
  }

  private static void openClerkForm() {
    openAs("clerk", "clerk123", "index.html");
    showsText(By.id("who"), "办事员");
    WebElement caseType = driver.findElement(By.id("caseType"));
    waiting()
        .until(
            ExpectedConditions.presenceOfNestedElementLocatedBy(
                caseType, By.cssSelector("option[value='POST_INTERNSHIP']")));
    new Select(caseType).selectByValue("POST_INTERNSHIP");
    visible(By.cssSelector("[data-path='caseId']"));
  }

  /** Replaces the field's content as a user would (select all, type), then leaves the field. */
  private static void type(By by, String text) {
    WebElement e = visible(by);
    e.click();
    e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    e.sendKeys(text);
    if (!"TEXTAREA".equalsIgnoreCase(e.getTagName()) || e.getAttribute("data-path") != null) {
      e.sendKeys(Keys.TAB);
    }
  }

  /**
   * Types a date into an {@code <input type=date>}. Its digit order follows the browser's locale
   * (headless Chromium runs en-US whatever --lang says), so try month-day-year, then year-month-day
   * and day-month-year.
   */
  private static void setDate(By by, String isoDate) {
    WebElement e = visible(by);
    String y = isoDate.substring(0, 4), m = isoDate.substring(5, 7), d = isoDate.substring(8, 10);
    for (String digits : new String[] {m + d + y, y + m + d, d + m + y}) {
      e.clear();
      e.sendKeys(digits);
      if (isoDate.equals(e.getAttribute("value"))) {
        return;
      }
    }
    assertEquals(isoDate, e.getAttribute("value"), "the date picker took the typed date");
  }

  private static Path downloaded(String suffix) {
    File[] done = downloads.toFile().listFiles((dir, name) -> name.endsWith(suffix));
    return done != null && done.length > 0 && done[0].length() > 0 ? done[0].toPath() : null;
  }

  /**
   * The text of word/document.xml, read namespace-aware (the renderer may write unprefixed
   * elements).
   */
  private static String documentText(Path docx) throws Exception {
    return partText(docx, "word/document.xml");
  }

  /** The text of the parts whose names start with the prefix, e.g. {@code word/header}. */
  private static String partText(Path docx, String prefix) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      List<? extends ZipEntry> parts =
          zip.stream().filter(e -> e.getName().startsWith(prefix)).toList();
      assertFalse(parts.isEmpty(), docx + " has no " + prefix);
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      for (ZipEntry entry : parts) {
        try (InputStream in = zip.getInputStream(entry)) {
          NodeList texts = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "t");
          for (int i = 0; i < texts.getLength(); i++) {
            sb.append(texts.item(i).getTextContent());
          }
        }
      }
    }
    return sb.toString();
  }
}
