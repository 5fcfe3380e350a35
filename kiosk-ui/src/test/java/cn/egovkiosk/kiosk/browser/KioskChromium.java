package cn.egovkiosk.kiosk.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (run as root, hence no sandbox) at the kiosk's exact portrait 1080x1920 viewport, with
 * axe-core and the measurements 适老化 asks for. Keeps every URL it saw, for the personal-data check.
 */
final class KioskChromium implements AutoCloseable {

    // the smallest font size and touch target among the visible texts and buttons of the kiosk frame
    private static final String SMALLEST = """
            const frame = document.querySelector('main.kiosk-frame') || document.body;
            let font = 1000, target = 1000, where = '', small = '';
            const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            for (const e of frame.querySelectorAll('*')) {
              if (!visible(e)) continue;
              const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
              const size = parseFloat(getComputedStyle(e).fontSize);
              if (text && size < font) { font = size; small = e.tagName + '.' + e.className + '#' + e.id; }
              if ((e.tagName === 'VAADIN-BUTTON' || e.getAttribute('role') === 'button')
                  && !e.hasAttribute('disabled')) {
                const r = e.getBoundingClientRect();
                if (Math.min(r.width, r.height) < target) { target = Math.min(r.width, r.height); where = e.id; }
              }
            }
            return [font, target, where, small];
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> urls = new ArrayList<>();

    KioskChromium() throws IOException {
        profile = Files.createTempDirectory("kiosk-ui-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1080, "height", 1920, "deviceScaleFactor", 1, "mobile", false));
    }

    void open(String url) {
        driver.get(url);
        urls.add(driver.getCurrentUrl());
    }

    WebElement await(By locator, Duration timeout) {
        WebElement element = new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
        urls.add(driver.getCurrentUrl());
        return element;
    }

    void awaitGone(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    String awaitText(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> !d.findElement(locator).getText().isBlank());
        return driver.findElement(locator).getText().strip();
    }

    void click(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Types into a field as a keyboard would, then leaves it (Vaadin takes the value on change). */
    void type(By input, String text, Duration timeout) {
        WebElement field = new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(input));
        field.clear();
        field.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    /** Waits until {@code condition} holds, polling every 100 ms; fails after {@code timeout}. */
    static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " in the browser in vain");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    int count(By locator) {
        return driver.findElements(locator).size();
    }

    boolean bodyHasClass(String name) {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.body.classList.contains(arguments[0]) || "
                        + "document.documentElement.classList.contains(arguments[0])", name));
    }

    Object script(String script) {
        return driver.executeScript(script);
    }

    /** Smallest font size (px), smallest side of an enabled touch target (px), that target's id, the text's element. */
    List<?> smallest() {
        return (List<?>) driver.executeScript(SMALLEST);
    }

    /** The serious and critical axe-core violations of the screen as shown now, one line each. */
    List<String> seriousViolations() {
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations();
        return violations.stream().filter(rule -> "serious".equals(rule.getImpact())
                || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getTarget().toString())
                        .toList())
                .toList();
    }

    List<String> visitedUrls() {
        return List.copyOf(urls);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
