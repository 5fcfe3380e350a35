package cn.egovkiosk.kiosk.progress;

import cn.egovkiosk.kiosk.certificate.CertificatePanel;
import cn.egovkiosk.kiosk.certificate.CertificatePrinting;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * "打印证书" for an approved application found by the progress query, e.g. one submitted while the kiosk was offline:
 * the certificates are checked against the server's signing keys and printed on A4 exactly as on the done screen.
 * Ids {@code progress-certificates}, {@code progress-print}, then those of {@link CertificatePanel}.
 */
class LaterCertificates extends Div {

    LaterCertificates(CertificatePrinting printing, List<IssuedCertificate> certificates, Runnable activity) {
        setId("progress-certificates");
        addClassName("later-certificates");
        Paragraph offer = new Paragraph(getTranslation("progress.certificates-ready", certificates.size()));
        offer.setId("progress-certificates-offer");
        Button print = new Button(getTranslation("progress.print"));
        print.setId("progress-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("big-button");
        print.addClickListener(click -> {
            // one press prints them all; "print again" is the panel's, per certificate
            var ui = getUI().orElseThrow();
            remove(offer, print);
            CertificatePanel panel = new CertificatePanel(printing, certificates, activity);
            add(panel);
            panel.printAll(ui);
        });
        add(offer, print);
    }
}
