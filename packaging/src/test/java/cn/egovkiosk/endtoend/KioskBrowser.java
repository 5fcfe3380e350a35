package cn.egovkiosk.endtoend;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at the kiosk's portrait 1080x1920 screen, driven by Debian's chromedriver. Keeps every
 * URL it was sent to, so a test can check that no personal data travelled in one.
 */
final class KioskBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final List<String> visitedUrls = new ArrayList<>();

    KioskBrowser(Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory("kiosk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile);
        // headless Chromium asks for en-US whatever --lang says; a kiosk in China asks for Chinese
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // --window-size would include window chrome: set the exact portrait viewport of a kiosk screen instead
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1080, "height", 1920, "deviceScaleFactor", 1, "mobile", false));
    }

    void open(URI url) {
        driver.get(url.toString());
        visitedUrls.add(driver.getCurrentUrl());
    }

    WebElement await(By locator, Duration timeout) {
        WebElement element = new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
        visitedUrls.add(driver.getCurrentUrl());
        return element;
    }

    String awaitText(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> !d.findElement(locator).getText().isBlank());
        visitedUrls.add(driver.getCurrentUrl());
        return driver.findElement(locator).getText().strip();
    }

    void click(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /**
     * Clicks like {@link #click}, but finds the element again while the server re-renders it (Vaadin replaces
     * components, e.g. the on-screen keyboard's keys when another field takes the focus).
     */
    void tap(By locator, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** How many elements match right now, without waiting: for screens that may or may not come next. */
    int count(By locator) {
        return driver.findElements(locator).size();
    }

    /** Types into a plain input field (the public web pages have no on-screen keyboard). */
    void type(By locator, String text, Duration timeout) {
        WebElement field = new WebDriverWait(driver, timeout).until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the element's text contains the given text, and returns the whole text. */
    String awaitTextContaining(By locator, String expected, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> d.findElement(locator).getText().contains(expected));
        visitedUrls.add(driver.getCurrentUrl());
        return driver.findElement(locator).getText().strip();
    }

    /** Waits until an input's value is the expected one (typed on the on-screen keyboard, set by the server). */
    void awaitValue(By locator, String expected, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> expected.equals(d.findElement(locator).getDomProperty("value")));
    }

    /** The page's current HTML, e.g. to check that nothing personal is on it. */
    String pageSource() {
        return driver.getPageSource();
    }

    Path screenshot(String name) throws IOException {
        Path target = screenshots.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    List<String> visitedUrls() {
        return List.copyOf(visitedUrls);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
