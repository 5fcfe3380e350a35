package cn.egovkiosk.kiosk.certificate;

import cn.egovkiosk.kiosk.certificate.CertificatePrinting.CertificateResult;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;

/**
 * The done screen's certificates: each is checked and printed in turn, with a progress bar while it prints, the
 * outcome in plain words, and "print again" where trying again can help (paper refilled, printer back). Ids:
 * {@code certificates}, {@code certificate-<n>}, {@code certificate-status-<n>}, {@code certificate-progress-<n>},
 * {@code certificate-retry-<n>}, counted from 0.
 */
public class CertificatePanel extends Div {

    private final CertificatePrinting printing;
    private final Runnable activity;
    private final List<Row> rows = new ArrayList<>();

    /**
     * @param activity told whenever a job starts or ends, so the screen does not time out in the middle of it
     */
    public CertificatePanel(CertificatePrinting printing, List<IssuedCertificate> certificates, Runnable activity) {
        this.printing = printing;
        this.activity = activity;
        setId("certificates");
        addClassName("certificates");
        add(new H2(getTranslation("certificate.heading")));
        for (int i = 0; i < certificates.size(); i++) {
            Row row = new Row(i, certificates.get(i));
            rows.add(row);
            add(row.box);
        }
    }

    /** Prints every certificate, one after the other (the printer takes one job at a time anyway). */
    public void printAll(UI ui) {
        printFrom(ui, 0);
    }

    /** True while a certificate is being checked or printed. */
    public boolean busy() {
        return rows.stream().anyMatch(row -> row.busy);
    }

    private void printFrom(UI ui, int index) {
        if (index < rows.size()) {
            rows.get(index).print(ui, () -> printFrom(ui, index + 1));
        }
    }

    /** One certificate on the screen. */
    private final class Row {

        private final IssuedCertificate certificate;
        private final Div box = new Div();
        private final Paragraph title = new Paragraph();
        private final Paragraph status = new Paragraph();
        private final ProgressBar progress = new ProgressBar();
        private final Button retry;
        private boolean busy;

        Row(int index, IssuedCertificate certificate) {
            this.certificate = certificate;
            box.setId("certificate-" + index);
            box.addClassName("certificate");
            title.addClassName("certificate-title");
            title.setText(certificate.verificationCode());
            status.setId("certificate-status-" + index);
            status.getElement().setAttribute("role", "status");
            progress.setId("certificate-progress-" + index);
            progress.setIndeterminate(true);
            progress.getElement().setAttribute("aria-label", getTranslation("certificate.printing"));
            progress.setVisible(false);
            retry = new Button(getTranslation("certificate.retry"));
            retry.setId("certificate-retry-" + index);
            retry.addClassName("big-button");
            retry.setVisible(false);
            retry.addClickListener(click -> print(click.getSource().getUI().orElseThrow(), () -> { }));
            box.add(title, status, progress, retry);
        }

        void print(UI ui, Runnable then) {
            busy = true;
            retry.setVisible(false);
            progress.setVisible(true);
            status.setText(getTranslation("certificate.printing"));
            status.removeClassName("problem");
            activity.run();
            printing.print(certificate).thenAccept(result -> UiUpdates.later(ui, () -> {
                show(result);
                then.run();
            }));
        }

        private void show(CertificateResult result) {
            busy = false;
            progress.setVisible(false);
            if (!result.title().isEmpty()) {
                title.setText(result.title() + " · " + certificate.verificationCode());
            }
            status.setText(getTranslation(result.messageKey()));
            status.setClassName("problem", !result.printed());
            retry.setVisible(result.retryable());
            activity.run();
        }
    }
}
