package cn.egovkiosk.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;

/**
 * What a resident does on the kiosk's touch screen, by the element ids kiosk-ui documents in its README: find an
 * item by its pinyin initials, read its guide, identify with the card, fill the form on the on-screen keyboard,
 * check the masked review, consent to the data access, and query progress on the large keys. Screenshots of every
 * screen are numbered in the order taken.
 */
final class ResidentAtTheKiosk {

    static final Duration STEP = Duration.ofSeconds(30);

    private final KioskBrowser browser;
    private final URI home;
    private final String shotPrefix;
    private int shots;

    ResidentAtTheKiosk(KioskBrowser browser, URI home, String shotPrefix) {
        this.browser = browser;
        this.home = home;
        this.shotPrefix = shotPrefix;
    }

    /** From home, by search on the letter keys, to the item's service guide. */
    void findItemAndReadItsGuide(String itemCode, String searchInitials) throws IOException {
        browser.open(home);
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        shot("home");
        browser.tap(By.id("search-keys-toggle"), STEP);
        for (char letter : searchInitials.toCharArray()) {
            browser.tap(By.id("key-" + letter), STEP);
        }
        // usable: the kiosk found its ID card reader and the A4 queue fit for a certificate item
        browser.await(By.cssSelector("#item-" + itemCode + ".item-tile:not(.unavailable)"), STEP);
        shot("search");
        browser.tap(By.id("item-" + itemCode), STEP);
        browser.await(By.id("guide"), STEP);
        assertThat(browser.awaitText(By.id("guide-conditions"), STEP)).as("the guide's acceptance conditions")
                .isNotBlank();
        shot("guide");
        browser.tap(By.id("guide-apply"), STEP);
        browser.await(By.id("identify-status"), STEP);
        shot("identify");
    }

    /** Once the card was put on the reader: the masked identity, then confirmation. */
    void confirmIdentity(String maskedName, String maskedIdNumber) throws IOException {
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo(maskedName);
        assertThat(browser.awaitText(By.id("identity-id-number"), STEP)).isEqualTo(maskedIdNumber);
        shot("identified");
        browser.tap(By.id("confirm-button"), STEP);
    }

    /**
     * The form (what the card does not fill is typed on the on-screen keyboard), the review with everything masked,
     * and the consent to each data source the 秒批 rules read, until the done screen.
     */
    void fillReviewConsentAndSubmit(String copies, String maskedName, String maskedIdNumber, String consentSource)
            throws IOException {
        browser.await(By.id("form"), STEP);
        browser.tap(By.id("field-copies"), STEP);
        browser.tap(By.id("kb-" + copies), STEP);
        browser.awaitValue(By.cssSelector("#field-copies input"), copies, STEP); // typed on the on-screen keyboard
        assertThat(browser.awaitText(By.cssSelector("#field-idNumber"), STEP)).as("pre-filled from the card, masked")
                .contains(maskedIdNumber);
        shot("form");
        browser.tap(By.id("form-next"), STEP);

        assertThat(browser.awaitText(By.id("review-applicant-name"), STEP)).contains(maskedName);
        assertThat(browser.awaitText(By.id("review-applicant-id"), STEP)).contains(maskedIdNumber);
        assertThat(browser.awaitText(By.id("review-copies"), STEP)).contains(copies);
        shot("review");
        browser.tap(By.id("review-submit"), STEP);

        browser.await(By.id("consent-source-" + consentSource), STEP);
        assertThat(browser.awaitText(By.id("consent-purpose"), STEP)).isNotBlank();
        shot("consent");
        browser.tap(By.id("consent-agree"), STEP);
        browser.await(By.id("done"), STEP);
    }

    /** The done screen once the server answered: its tracking number. */
    String awaitTrackingNumber() {
        return browser.awaitText(By.id("tracking-number"), STEP);
    }

    /** The kiosk's progress query: the tracking number and the last four characters of the ID number, typed. */
    String queryProgressWithLastFour(String trackingNumber, String lastFour) throws IOException {
        typeTrackingNumberForProgress(trackingNumber);
        browser.tap(By.id("progress-use-last4"), STEP);
        press("progress-id-key", lastFour);
        browser.tap(By.id("progress-query"), STEP);
        return progressAnswer(trackingNumber, "last4");
    }

    /** The same with the ID card as the second factor: the kiosk reads it by itself once it is put down. */
    String queryProgressWithTheCard(String trackingNumber, Runnable putCardDown) throws IOException {
        typeTrackingNumberForProgress(trackingNumber);
        browser.await(By.id("progress-use-last4"), STEP);
        putCardDown.run();
        return progressAnswer(trackingNumber, "card");
    }

    private void typeTrackingNumberForProgress(String trackingNumber) throws IOException {
        browser.open(home);
        browser.tap(By.id("progress-entry"), Duration.ofSeconds(60));
        browser.await(By.id("progress-tracking"), STEP);
        // the number starts with ZW, already on the screen
        press("progress-key", trackingNumber.substring(2));
        shot("progress-number");
        browser.tap(By.id("progress-next"), STEP);
    }

    private String progressAnswer(String trackingNumber, String factor) throws IOException {
        String status = browser.awaitText(By.id("progress-status"), STEP);
        assertThat(browser.awaitText(By.id("progress-number"), STEP)).contains(trackingNumber);
        shot("progress-answer-" + factor);
        return status;
    }

    void shot(String screen) throws IOException {
        browser.screenshot("%s-%02d-%s".formatted(shotPrefix, ++shots, screen));
    }

    private void press(String pad, String characters) {
        for (char c : characters.toCharArray()) {
            browser.tap(By.id(pad + "-" + c), STEP);
        }
    }
}
