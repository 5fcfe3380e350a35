package cn.egovkiosk.kiosk.receipt;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.EscPosReceipt.Alignment;
import cn.egovkiosk.kiosk.outcome.DecisionPanel;
import cn.egovkiosk.protocol.submission.InstantDecision;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lays out the application receipt for an 80 mm printer: title, item, masked applicant, time, then the tracking number
 * as text and QR; or, while the server has not acknowledged, the promise that the application is stored and will be
 * sent, with the kiosk's local reference. A 秒批 decision follows (or the note that it comes later), and how many
 * certificates the A4 printer gives out.
 */
class ReceiptComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18NProvider messages;
    private final ZoneId zone;

    ReceiptComposer(I18NProvider messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    EscPosReceipt compose(ReceiptContent content, Locale locale) {
        EscPosReceipt.Builder receipt = EscPosReceipt.builder()
                .align(Alignment.CENTER).bold(true).size(2, 2).line(text("receipt.title", locale))
                .size(1, 1).bold(false).feed(1)
                .align(Alignment.LEFT)
                .line(text("receipt.item", locale, content.itemName()))
                .line(text("receipt.applicant", locale, content.maskedName()))
                .line(text("receipt.id-number", locale, content.maskedIdNumber()))
                .line(text("receipt.time", locale, TIME.format(content.confirmedAt().atZone(zone))))
                .feed(1);
        String qrPayload;
        if (content.trackingNumber().isPresent()) {
            qrPayload = content.trackingNumber().get();
            receipt.bold(true).line(text("receipt.tracking-number", locale, qrPayload)).bold(false);
        } else {
            qrPayload = content.localReference();
            receipt.line(text("receipt.stored", locale))
                    .bold(true).line(text("receipt.local-reference", locale, qrPayload)).bold(false);
        }
        decision(receipt, content, locale);
        return receipt.align(Alignment.CENTER).qr(qrPayload)
                .line(text("receipt.footer", locale))
                .feed(2).cut().build();
    }

    // the decision as the screen showed it: outcome, the server's summary, what was not met
    private void decision(EscPosReceipt.Builder receipt, ReceiptContent content, Locale locale) {
        if (content.decision().isPresent()) {
            InstantDecision decision = content.decision().get();
            boolean approved = decision.outcome() == InstantDecision.Outcome.APPROVED;
            receipt.feed(1).bold(true)
                    .line(text(approved ? "receipt.decision-approved" : "receipt.decision-referred", locale))
                    .bold(false);
            String summary = DecisionPanel.summary(decision, locale);
            if (!summary.isBlank()) {
                receipt.line(summary);
            }
            decision.unmetConditions().forEach(condition -> receipt.line(text("receipt.unmet", locale, condition)));
        } else if (content.decisionLater()) {
            receipt.feed(1).line(text("receipt.decision-later", locale));
        }
        if (content.certificateLater()) {
            // the reference to type at the progress query is the one this receipt carries
            String how = content.trackingNumber().isPresent() ? "receipt.certificate-later-how-tracking"
                    : "receipt.certificate-later-how";
            receipt.line(text("receipt.certificate-later", locale)).line(text(how, locale));
        }
        if (content.certificates() > 0) {
            receipt.line(text("receipt.certificates", locale, content.certificates()));
        }
        receipt.feed(1);
    }

    private String text(String key, Locale locale, Object... params) {
        return messages.getTranslation(key, locale, params);
    }
}
