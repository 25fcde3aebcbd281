package org.hpms.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (never a downloaded browser), with
 * the flags this sandboxed, offline machine needs, and small helpers for PrimeFaces pages.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path downloads;

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        // Chromium unpacks into TMPDIR, which the build points into target/ (it leaves folders behind).
        String tmp = System.getenv("TMPDIR");
        if (tmp != null) {
            Files.createDirectories(Path.of(tmp));
        }
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("hpms.it.dir")), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("hpms.chromium", "/usr/bin/chromium"));
        downloads = Path.of(System.getProperty("hpms.it.dir"), "downloads", profile.getFileName().toString());
        Files.createDirectories(downloads);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("hpms.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    void waitForText(String cssSelector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    void waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    boolean isPresent(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    void type(String cssSelector, String text) {
        WebElement field = waitFor(cssSelector);
        field.clear();
        // Formatted inputs (PrimeFaces inputNumber) put their value back after clear(): select it and delete it.
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
    }

    /** Clicks once the element can be clicked; an element replaced by an ajax update meanwhile is looked up again. */
    void click(String cssSelector) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a person does: open, click. */
    void choose(String menuId, String label) {
        By chosenLabel = By.cssSelector("#" + escape(menuId + "_label"));
        for (int attempt = 1; ; attempt++) {
            click("#" + escape(menuId));
            // The panel slides open; clicking while it moves can miss, so wait for it to settle.
            WebElement option = waitFor("#" + escape(menuId + "_panel") + " li[data-label='" + label + "']");
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> option.getRect().equals(sleepAndRect(option)));
            option.click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElementLocated(chosenLabel, label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static org.openqa.selenium.Rectangle sleepAndRect(WebElement element) {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return element.getRect();
    }

    /** Ticks the PrimeFaces checkbox whose label reads {@code label}, inside the element with that client id. */
    void tick(String containerClientId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + containerClientId + "']//label[normalize-space()='" + label + "']"))).click();
    }

    /** Ticks an option of a PrimeFaces selectCheckboxMenu by its label: open the panel, tick, close. */
    void tickInPanel(String menuId, String label) {
        click("#" + escape(menuId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space()='"
                + label + "']]//div[contains(@class, 'ui-chkbox-box')]"))).click();
        click("#" + escape(menuId + "_panel") + " .ui-selectcheckboxmenu-close");
    }

    /** Clicks the button whose id ends in {@code buttonIdEnd} in the table row that has a cell reading {@code cellText}. */
    void clickInRow(String tableClientId, String cellText, String buttonIdEnd) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + tableClientId + "']//tr[td[normalize-space()='"
                + cellText + "']]//button[substring(@id, string-length(@id) - " + (buttonIdEnd.length() - 1) + ") = '"
                + buttonIdEnd + "']"))).click();
    }

    /** Follows the link whose id ends in {@code linkIdEnd} in the table row that has a cell reading {@code cellText}. */
    void followLinkInRow(String tableClientId, String cellText, String linkIdEnd) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + tableClientId + "']//tr[td[normalize-space()='"
                + cellText + "']]//a[substring(@id, string-length(@id) - " + (linkIdEnd.length() - 1) + ") = '" + linkIdEnd + "']"))).click();
    }

    /** Types into the input whose id ends with {@code inputIdEnd}, in the table row that has a cell reading {@code cellText}. */
    void typeInRow(String tableClientId, String cellText, String inputIdEnd, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + tableClientId
                + "']//tr[td[normalize-space()='" + cellText + "']]//input[substring(@id, string-length(@id) - "
                + (inputIdEnd.length() - 1) + ") = '" + inputIdEnd + "']")));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Drags an element by the mouse so that its top edge lands on the top edge of {@code targetCss}, in
     * small steps as a hand does (calendar libraries start a drag only after the pointer has moved).
     */
    void dragTopTo(String elementCss, String targetCss) {
        WebElement element = waitFor(elementCss);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        WebElement target = driver.findElement(By.cssSelector(targetCss));
        int dy = target.getRect().getY() - element.getRect().getY();
        org.openqa.selenium.interactions.Actions hand = new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, 0, -element.getRect().getHeight() / 2 + 4).clickAndHold().pause(Duration.ofMillis(200));
        int steps = 8;
        for (int i = 0; i < steps; i++) {
            hand.moveByOffset(0, dy / steps).pause(Duration.ofMillis(50));
        }
        hand.moveByOffset(0, dy - steps * (dy / steps)).pause(Duration.ofMillis(200)).release().perform();
    }

    /** Hands a file to a file input, as choosing it in the file dialog does. */
    void upload(String fileInputCss, Path file) {
        driver.findElement(By.cssSelector(fileInputCss)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Logs out from the menu and waits for the login page: the next page opened then starts a new session. */
    void logOut() {
        click("#menuForm\\:logout");
        waitFor("#loggedOut");
    }

    void logIn(String username, String password) {
        type("#username", username);
        type("#password", password);
        click("#loginButton");
    }

    String text(String cssSelector) {
        return waitFor(cssSelector).getText();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Path screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("hpms.it.dir")).getParent().resolve("screenshots");
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".png");
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
    Path downloaded(String suffix) {
        // Chromium first creates an empty file under the final name and writes into a .crdownload beside
        // it: the download is there once the partial file is gone and the named one has content.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(file -> file.getFileName().toString().endsWith(suffix))
                        .filter(file -> file.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** CSS-escapes the ':' of Faces client ids. */
    static String escape(String clientId) {
        return clientId.replace(":", "\\:");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
