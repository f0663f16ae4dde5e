package org.hezuo.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * finding's clause, a generated .docx download, a refused rule file with file:line, and the policy
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
    type(idNumber, "520522201010150319");
    waiting().until(ExpectedConditions.textToBe(idError, ""));

    driver.findElement(By.id("check")).click();
    assertEquals("不符合", visible(By.id("outcome")).getText());
    String under16 =
        showsText(
            By.xpath("//table[@id='findings']//tr[contains(., 'INTERN_UNDER_16')]"), "未满16周岁");
    assertTrue(under16.contains("《职业学校学生实习管理规定》"), under16);
    assertTrue(under16.contains("不得安排、接收未满16周岁的学生进行岗位实习"), "clause text: " + under16);

    // a 不符合 case yields no document unless the clerk overrides with a reason
    new Select(visible(By.id("template"))).selectByValue("internship-informed-consent");
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "审查结论为不符合");
    assertTrue(visible(By.id("overrideRow")).isDisplayed());
  }

  @Test
  @Order(2)
  void clerkGeneratesADocumentThatDownloads() throws Exception {
    openClerkForm();
    driver.findElement(By.id("loadExample")).click(); // 载入示例案件: examples/post-internship.json
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("[data-path='caseId']"), "value", "QX-GW-2026-018"));
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("outcome"), "符合"));

    new Select(visible(By.id("template"))).selectByValue("internship-informed-consent");
    type(By.id("docNumber"), "黔职〔2026〕8号");
    type(By.id("docPlace"), "贵阳");
    setDate(By.id("docDate"), "2026-08-25");
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        Files.delete(p);
      }
    }
    driver.findElement(By.id("generate")).click();
    showsText(By.id("docMsg"), "已生成并下载");

    Path docx = waiting().withMessage("a .docx in " + downloads).until(d -> downloaded(".docx"));
    String text = documentText(docx);
    assertTrue(text.contains("知情同意书"), text);
    assertTrue(text.contains("张晓东"), "the student of the case: " + text);
  }

  @Test
  @Order(3)
  void policyStaffSeeARefusedRuleFileWithItsLine() {
    openAs("policy", "policy123", "policy.html");
    showsText(By.id("who"), "政策管理员");
    waiting().until(d -> d.findElement(By.id("version")).getText().matches("[0-9a-f]{8,}"));

    type(By.id("rulePath"), "national-internship/age.drl");
    // line 2 names no pattern: the parser stops at "then" on line 3
    type(By.id("ruleContent"), "rule \"年龄\"\nwhen broken\nthen\nend\n");
    driver.findElement(By.id("validate")).click();
    showsText(By.id("validation"), "有问题");
    showsText(By.cssSelector("#validation table.problems"), "national-internship/age.drl:3");
  }

  @Test
  @Order(4)
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
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      ZipEntry entry = zip.getEntry("word/document.xml");
      assertTrue(entry != null, docx + " has no word/document.xml");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      try (InputStream in = zip.getInputStream(entry)) {
        NodeList texts = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "t");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
          sb.append(texts.item(i).getTextContent());
        }
        return sb.toString();
      }
    }
  }
}
