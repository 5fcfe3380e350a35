package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.kiosk.support.UiUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;

/**
 * The e-ID part of the identify screen: says that the phone's e-ID code can be shown to the scanner (only where the
 * kiosk has a scanner and a verifier), takes the codes scanned while it is shown, has them checked and reports the
 * verified identity or the reason for a refusal to the screen. One check at a time; codes arriving meanwhile are
 * ignored (a continuous scanner sends the same code again and again).
 */
@SpringComponent
@Scope("prototype")
public class EidPrompt extends Div {

    private final EidVerification verification;
    private final CodeWatcher codes;
    private Consumer<VerifiedIdentity> verified = identity -> { };
    private BiConsumer<String, Boolean> message = (key, problem) -> { };
    private boolean checking;

    EidPrompt(EidVerification verification, CodeWatcher codes) {
        this.verification = verification;
        this.codes = codes;
        setId("eid-prompt");
        addClassName("eid-prompt");
    }

    /**
     * @param onVerified called with the identity of a code the issuing service confirmed
     * @param onMessage  called with a message key and whether it is a problem, while checking and after a refusal
     */
    public void onOutcome(Consumer<VerifiedIdentity> onVerified, BiConsumer<String, Boolean> onMessage) {
        this.verified = onVerified;
        this.message = onMessage;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        checking = false;
        if (!verification.offered()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Paragraph hint = new Paragraph(getTranslation("eid.hint"));
        hint.setId("eid-hint");
        hint.addClassName("instruction");
        add(qrPicture(), hint);
        UI ui = event.getUI();
        UiUpdates.whileAttached(this, codes.subscribe(code -> UiUpdates.later(ui, () -> scanned(ui, code))));
    }

    private void scanned(UI ui, String code) {
        if (checking) {
            return;
        }
        checking = true;
        message.accept("eid.checking", false);
        verification.check(code).thenAccept(check -> UiUpdates.later(ui, () -> {
            checking = false;
            switch (check) {
                case EidCheck.Verified ok -> verified.accept(ok.identity());
                case EidCheck.Rejected refused -> message.accept(refused.reason().messageKey(), true);
            }
        }));
    }

    // a drawn QR code on a phone, decoration only: the hint says it in words
    private static Div qrPicture() {
        Div phone = new Div(new Div());
        phone.addClassName("eid-phone");
        phone.getElement().setAttribute("aria-hidden", "true");
        return phone;
    }
}
