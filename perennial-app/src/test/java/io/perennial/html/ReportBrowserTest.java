package io.perennial.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report in a real headless Chromium (the system's, through its chromedriver): no console error,
 * no network request (every request the browser makes is in chromedriver's performance log), every
 * chart drawn with a size, and a screenshot in {@code target/}; with the browser's network cut
 * (DevTools' offline mode) the page renders pixel for pixel as it does online. Skipped when no Chromium is installed,
 * unless {@code PERENNIAL_REQUIRE_BROWSER=1} (CI) makes that a failure.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PERENNIAL_CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PERENNIAL_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private static ChromeDriver driver;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "1".equals(System.getenv("PERENNIAL_REQUIRE_BROWSER"))) {
      fail("PERENNIAL_REQUIRE_BROWSER=1 but no Chromium at " + CHROMIUM + " with a chromedriver at " + CHROMEDRIVER
          + " (apt-get install -y chromium chromium-driver)");
    }
    assumeTrue(present, "no Chromium installed (apt-get install -y chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=900,1300",
        "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void loadsWithoutErrorsOrRequestsAndDrawsEveryChart(String example) throws IOException {
    ReportRun run = ReportRun.of(ReportRun.EXAMPLES.resolve(example), dir);
    String url = run.file().toUri().toString();
    driver.manage().logs().get(LogType.BROWSER); // drop what came before
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    JavascriptExecutor js = driver;
    js.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sizes = (List<Map<String, Object>>) js.executeScript(
        "return Array.from(document.querySelectorAll('svg')).map(s => { const r = s.getBoundingClientRect();"
            + " return {id: s.id, width: r.width, height: r.height}; });");
    assertThat(sizes).hasSizeGreaterThanOrEqualTo(6);
    for (Map<String, Object> s : sizes) {
      assertThat(((Number) s.get("width")).doubleValue()).as(s.get("id") + " width").isPositive();
      assertThat(((Number) s.get("height")).doubleValue()).as(s.get("id") + " height").isPositive();
    }
    // No label is cut off: every text of every chart, as drawn (rotations included), lies inside its chart's box.
    @SuppressWarnings("unchecked")
    List<String> clipped = (List<String>) js.executeScript(
        "const out = []; document.querySelectorAll('svg').forEach(s => { const v = s.getBoundingClientRect();"
            + " s.querySelectorAll('text').forEach(t => { const b = t.getBoundingClientRect();"
            + " if (b.left < v.left - 1 || b.top < v.top - 1 || b.right > v.right + 1 || b.bottom > v.bottom + 1)"
            + " out.push(s.id + ': ' + t.textContent); }); }); return out;");
    assertThat(clipped).as("chart labels outside their chart").isEmpty();
    Number resources = (Number) js.executeScript("return performance.getEntriesByType('resource').length;");
    assertThat(resources.intValue()).as("resources the page loaded").isZero();

    Path target = Path.of("target");
    Files.createDirectories(target);
    String stem = example.replace(".yaml", "");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("report-" + stem + "-top.png"),
        StandardCopyOption.REPLACE_EXISTING);
    long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
    driver.manage().window().setSize(new Dimension(900, (int) Math.min(height + 200, 16_000)));
    File full = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(full.toPath(), target.resolve("report-" + stem + "-full.png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(900, 1300));

    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(errors).as("console messages").isEmpty();

    ObjectMapper mapper = new ObjectMapper();
    List<String> requests = new ArrayList<>();
    int pageRequests = 0;
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = mapper.readTree(e.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        String requested = message.at("/params/request/url").asText();
        if (requested.equals(url)) {
          pageRequests++;
        } else {
          requests.add(requested);
        }
      }
    }
    assertThat(pageRequests).as("the page itself is seen by the request listener").isPositive();
    assertThat(requests).as("requests beyond the page").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void rendersTheSameWithTheNetworkCut(String example) throws IOException {
    ReportRun run = ReportRun.of(ReportRun.EXAMPLES.resolve(example), dir);
    String url = run.file().toUri().toString();
    BufferedImage online = screenshot(url);
    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    driver.setNetworkConditions(offline);
    try {
      assertThat(driver.getNetworkConditions().getOffline()).as("the browser is offline").isTrue();
      BufferedImage cut = screenshot(url);
      Path target = Path.of("target");
      Files.createDirectories(target);
      ImageIO.write(cut, "png", target.resolve("report-" + example.replace(".yaml", "") + "-offline.png").toFile());
      assertThat(cut.getWidth()).isEqualTo(online.getWidth());
      assertThat(cut.getHeight()).isEqualTo(online.getHeight());
      int differing = 0;
      for (int y = 0; y < online.getHeight(); y++) {
        for (int x = 0; x < online.getWidth(); x++) {
          if (online.getRGB(x, y) != cut.getRGB(x, y)) {
            differing++;
          }
        }
      }
      assertThat(differing).as("pixels that differ between the online and the offline rendering").isZero();
    } finally {
      driver.deleteNetworkConditions();
    }
  }

  /** The page loaded afresh with every section open, as a screenshot of the whole page at 900 px. */
  private static BufferedImage screenshot(String url) throws IOException {
    driver.manage().window().setSize(new Dimension(900, 1300));
    driver.get("about:blank");
    driver.get(url);
    JavascriptExecutor js = driver;
    js.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
    driver.manage().window().setSize(new Dimension(900, (int) Math.min(height + 200, 16_000)));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
    driver.manage().window().setSize(new Dimension(900, 1300));
    return image;
  }
}
