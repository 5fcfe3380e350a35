package cn.egovkiosk.admin.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at an office screen's 1440x1000, driven by Debian's chromedriver, with the few moves
 * the admin UI needs: type into a Vaadin field, pick an item of a Vaadin select, click, read grid cells.
 */
final class AdminChromium implements AutoCloseable {

    static final Duration STEP = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    AdminChromium(Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory("admin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // headless Chromium ignores --lang for Accept-Language, which picks the admin UI's language
        driver.executeCdpCommand("Network.enable", Map.of());
        acceptLanguage("zh-CN,zh;q=0.9");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1440, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The languages the browser asks for from now on, e.g. {@code en}; pages opened after it use them. */
    void acceptLanguage(String languages) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", languages)));
    }

    void open(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, STEP).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Types into the input of a Vaadin field and leaves it, so that the server gets the value. */
    void type(String fieldId, String text) {
        WebElement input = await(By.cssSelector("#" + fieldId + " input"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    void click(String id) {
        WebElement element = new WebDriverWait(driver, STEP)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        // the app layout scrolls its content area, not the window: bring the element to the middle first
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Opens a Vaadin select and picks the item showing the text. */
    void choose(String selectId, String itemText) {
        click(selectId);
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']");
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(item)).click();
        new WebDriverWait(driver, STEP).until(d -> d.findElement(By.id(selectId)).getText().contains(itemText)
                || String.valueOf(script("return document.getElementById(arguments[0]).innerText", selectId))
                        .contains(itemText));
    }

    /** Waits until the element with the id shows text and returns it. */
    String awaitText(By locator) {
        new WebDriverWait(driver, STEP).until(d -> !d.findElement(locator).getText().isBlank());
        return driver.findElement(locator).getText().strip();
    }

    /** The texts of a Vaadin grid's cells, in document order. */
    @SuppressWarnings("unchecked")
    List<String> gridCells(String gridId) {
        return (List<String>) script("const grid = document.getElementById(arguments[0]);"
                + "return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.innerText.trim()) : []", gridId);
    }

    /**
     * The visible cell of the grid showing the text, once the grid shows at most {@code maxCells} non-empty cells
     * (a filter has applied: the grid keeps the cells of rows it hides), scrolled into view. Clicking it selects the
     * row.
     */
    WebElement cellShowing(String gridId, String text, int maxCells) {
        String visibleCells = "return Array.from(document.getElementById(arguments[0])"
                + ".querySelectorAll('vaadin-grid-cell-content')).filter(c => c.checkVisibility()"
                + " && c.innerText.trim() !== '')";
        new WebDriverWait(driver, STEP).until(d -> {
            List<?> cells = (List<?>) script(visibleCells, gridId);
            return cells.size() <= maxCells
                    && cells.stream().anyMatch(c -> ((WebElement) c).getText().strip().equals(text));
        });
        WebElement cell = ((List<?>) script(visibleCells, gridId)).stream().map(WebElement.class::cast)
                .filter(c -> c.getText().strip().equals(text)).findFirst().orElseThrow();
        script("arguments[0].scrollIntoView({block: 'center'})", cell);
        return cell;
    }

    void awaitGridCell(String gridId, String text) {
        new WebDriverWait(driver, STEP).until(d -> gridCells(gridId).contains(text));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Waits until Vaadin has no request to the server in flight, so the page shows the answer. */
    void awaitVaadinIdle() {
        new WebDriverWait(driver, STEP).until(d -> Boolean.TRUE.equals(script("const flow = window.Vaadin"
                + " && window.Vaadin.Flow; return !!flow && !!flow.clients && Object.values(flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * The axe-core violations (WCAG 2.1 A and AA rules and Deque's best practices) of the page as shown now: rule id,
     * impact and the CSS selectors of the elements, never their text (which may hold personal data). Vaadin's own
     * connection indicator (empty unless the server is lost, outside every layout) is left out.
     */
    List<AxeFinding> axeViolations() {
        List<Rule> violations = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .exclude("vaadin-connection-indicator")
                .analyze(driver).getViolations();
        return violations.stream().map(rule -> new AxeFinding(rule.getId(), rule.getImpact(),
                rule.getTags().contains("best-practice"), rule.getNodes().stream().map(CheckedNode::getTarget)
                        .map(String::valueOf).toList())).toList();
    }

    /** One axe-core rule the page breaks, and where. */
    record AxeFinding(String rule, String impact, boolean bestPractice, List<String> targets) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + (bestPractice ? ", best practice" : "") + "): " + targets;
        }
    }

    void screenshot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
