package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.kiosk.submission.AcceptedSubmission;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the kiosk knows about the resident at the screen, one per browser tab, in memory only: the chosen item, the
 * identity read from the card or verified through an e-ID code, and after confirmation only the masked form needed for the receipt. Idle timeout,
 * "finish" and cancel wipe it.
 */
@SpringComponent
@UIScope
public class ResidentSession {

    private CatalogItem item;
    private VerifiedIdentity identity;
    private ConfirmedApplication confirmed;
    private final Map<String, String> formDraft = new LinkedHashMap<>();
    private boolean elderlyMode;

    public void choose(CatalogItem chosen) {
        cancelApplication();
        this.item = chosen;
    }

    /** The resident turned 长辈模式 on or off; it lasts until the session is wiped. */
    public void elderlyMode(boolean on) {
        this.elderlyMode = on;
    }

    public boolean elderlyMode() {
        return elderlyMode;
    }

    /** The identity from the card reader or an e-ID code; {@code null} forgets it. */
    public void identified(VerifiedIdentity read) {
        this.identity = read;
    }

    /** After the submission is stored the full identity is dropped; only the masked summary stays for the receipt. */
    public void confirmed(ConfirmedApplication application) {
        this.identity = null;
        this.formDraft.clear();
        this.confirmed = application;
    }

    public Optional<CatalogItem> item() {
        return Optional.ofNullable(item);
    }

    public Optional<VerifiedIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /**
     * The form values of the application in progress by field key, typed and pre-filled, until it is submitted or
     * cancelled: the form, review and consent screens share them, going back loses nothing. Personal data, memory only.
     */
    public Map<String, String> formDraft() {
        return formDraft;
    }

    public Optional<ConfirmedApplication> confirmed() {
        return Optional.ofNullable(confirmed);
    }

    public boolean isEmpty() {
        return item == null && identity == null && confirmed == null && formDraft.isEmpty() && !elderlyMode;
    }

    /** Forgets everything of the resident, their choice of elderly mode included. */
    public void wipe() {
        cancelApplication();
        elderlyMode = false;
    }

    /** Forgets the application in progress (item, identity, confirmation); the resident's settings stay. */
    public void cancelApplication() {
        item = null;
        identity = null;
        confirmed = null;
        formDraft.clear();
    }

    @Override
    public String toString() {
        return "ResidentSession[" + (isEmpty() ? "empty" : "in use") + "]";
    }

    /**
     * A stored application as the done screen and receipt show it.
     *
     * @param item           the item applied for
     * @param maskedName     the applicant's name, masked ({@code 张*})
     * @param maskedIdNumber the document number, masked
     * @param accepted       the stored submission
     */
    public record ConfirmedApplication(CatalogItem item, String maskedName, String maskedIdNumber,
            AcceptedSubmission accepted) {
    }
}
