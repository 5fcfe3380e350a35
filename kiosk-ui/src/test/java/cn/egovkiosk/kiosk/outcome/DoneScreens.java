package cn.egovkiosk.kiosk.outcome;

import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.apply.DoneView;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.ResidentSession.ConfirmedApplication;
import cn.egovkiosk.kiosk.submission.AcceptedSubmission;
import cn.egovkiosk.kiosk.submission.SubmissionIntake;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * For tests: the state the form flow leaves behind when the resident submits (a stored submission, the masked
 * confirmation in the session), then the done screen, without going through the form screens.
 */
public final class DoneScreens {

    private DoneScreens() {
    }

    /** The sample resident (张三) submits {@code item}; the done screen opens in the current Karibu UI. */
    public static AcceptedSubmission submitAndShowDone(ApplicationContext context, CatalogItem item) {
        AcceptedSubmission accepted = context.getBean(SubmissionIntake.class).accept(item.code(), Residents.sample(),
                Map.of("phone", "13912345678"));
        ResidentSession session = context.getBean(ResidentSession.class);
        session.choose(item);
        session.confirmed(new ConfirmedApplication(item, PersonalDataMask.name(Residents.NAME),
                PersonalDataMask.idNumber(Residents.ID_NUMBER), accepted));
        UI.getCurrent().navigate(DoneView.class);
        return accepted;
    }

    /** The fixture catalog's 秒批 item that issues a certificate (社会保险参保缴费记录查询). */
    public static CatalogItem certificateItem(CatalogSnapshot catalog) {
        return catalog.items().stream().filter(CatalogItem::producesCertificate).findFirst().orElseThrow();
    }
}
