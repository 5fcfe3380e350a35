package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.kiosk.submission.AcceptedSubmission;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;

/**
 * What the kiosk knows about the resident at the screen, one per browser tab, in memory only: the chosen item, the
 * identity read from the card, and after confirmation only the masked form needed for the receipt. Idle timeout,
 * "finish" and cancel wipe it.
 */
@SpringComponent
@UIScope
public class ResidentSession {

    private CatalogItem item;
    private ResidentIdentity identity;
    private ConfirmedApplication confirmed;
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

    public void identified(ResidentIdentity read) {
        this.identity = read;
    }

    /** After the submission is stored the full identity is dropped; only the masked summary stays for the receipt. */
    public void confirmed(ConfirmedApplication application) {
        this.identity = null;
        this.confirmed = application;
    }

    public Optional<CatalogItem> item() {
        return Optional.ofNullable(item);
    }

    public Optional<ResidentIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    public Optional<ConfirmedApplication> confirmed() {
        return Optional.ofNullable(confirmed);
    }

    public boolean isEmpty() {
        return item == null && identity == null && confirmed == null && !elderlyMode;
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
