package org.hezuo.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the assembled host and one headless Chromium (Debian {@code chromium} and {@code
 * chromium-driver}, no Selenium Manager) once per test class, and leaves a screenshot, the page,
 * the browser console and the host logs in {@code target/browser-test/failures/} when a test fails.
 *
 * @see AssembledHost
 */
abstract class BrowserTestSupport {
  /** Explicit waits are generous: CI is a shared 2-core machine. */
  static final Duration WAIT = Duration.ofSeconds(90);

  static AssembledHost host;
  static ChromeDriver driver;
  static Path work;
  static Path downloads;

  @RegisterExtension
  final AfterTestExecutionCallback evidence =
      context ->
          context
              .getExecutionException()
              .ifPresent(e -> saveEvidence(context.getRequiredTestMethod().getName()));

  @BeforeAll
  static void startHostAndBrowser() throws Exception {
    Path chromium = Path.of(System.getProperty("hezuo.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("hezuo.chromedriver", "/usr/bin/chromedriver"));
    for (Path p : new Path[] {chromium, chromedriver}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            "the browser test needs "
                + p
                + ": install it with `apt-get install -y chromium chromium-driver`"
                + " (or set -Dhezuo.chromium / -Dhezuo.chromedriver), or skip the browser test with -Dhezuo.browser.skip=true");
      }
    }
    work =
        Path.of(System.getProperty("hezuo.browser.work", "target/browser-test")).toAbsolutePath();
    host =
        AssembledHost.start(
            Path.of(System.getProperty("hezuo.distribution", "target/hezuo")), work);
    try {
      downloads = Files.createDirectories(work.resolve("downloads"));
      driver = newChromium(chromium, chromedriver);
      host.awaitReady();
    } catch (Exception | Error e) {
      stopHostAndBrowser();
      throw e;
    }
  }

  @AfterAll
  static void stopHostAndBrowser() throws InterruptedException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (host != null) {
        host.close();
        host = null;
      }
    }
  }

  private static ChromeDriver newChromium(Path chromium, Path chromedriver) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // --no-sandbox: CI runs as root; --disable-dev-shm-usage: containers have a small /dev/shm
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1400",
        "--lang=zh-CN",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withLogFile(work.resolve("chromedriver.log").toFile())
            .build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage()
        .timeouts()
        .pageLoadTimeout(Duration.ofSeconds(120))
        .scriptTimeout(Duration.ofSeconds(60));
    d.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return d;
  }

  /**
   * Logs in as a user of the demo user store: the browser sends that user's HTTP Basic credentials
   * with every request from now on (what it does after the login dialog), then opens the page.
   */
  static void openAs(String user, String password, String page) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    driver.get(host.base().resolve("/hezuo/console/" + page).toString());
  }

  /**
   * Saves a screenshot of the page scrolled to an element into the folder named by the system
   * property {@code hezuo.screenshots} (the README's images: {@code -Dhezuo.screenshots=$PWD/../docs});
   * does nothing when the property is not set.
   *
   * @param name the file name without {@code .png}
   * @param top the element shown at the top of the picture
   */
  static void illustrate(String name, By top) throws IOException {
    String dir = System.getProperty("hezuo.screenshots", "");
    if (dir.isBlank() || dir.startsWith("${")) {
      return;
    }
    driver.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -12);", driver.findElement(top));
    Files.write(Files.createDirectories(Path.of(dir)).resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  static WebDriverWait waiting() {
    // the console redraws its form and results: an element found a moment ago may be replaced
    WebDriverWait w = new WebDriverWait(driver, WAIT, Duration.ofMillis(200));
    w.ignoring(StaleElementReferenceException.class);
    return w;
  }

  static WebElement visible(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the element shows the text, then returns its whole text. */
  static String showsText(By by, String text) {
    waiting()
        .withMessage(() -> by + " shows \"" + text + "\"")
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by).getText();
  }

  private void saveEvidence(String test) {
    try {
      Path dir = Files.createDirectories(work.resolve("failures"));
      if (driver != null) {
        Files.write(dir.resolve(test + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(test + ".html"), driver.getPageSource());
        String console =
            driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve(test + "-browser-console.log"), console + "\n");
      }
      for (Path log : host.logs()) {
        if (Files.isRegularFile(log)) {
          Files.copy(
              log,
              dir.resolve(test + "-host-" + log.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
      System.err.println(
          "[browser test] "
              + test
              + " failed: screenshot, page, browser console and host logs in "
              + dir);
    } catch (IOException | RuntimeException e) {
      System.err.println("[browser test] could not save the evidence of " + test + ": " + e);
    }
  }
}
