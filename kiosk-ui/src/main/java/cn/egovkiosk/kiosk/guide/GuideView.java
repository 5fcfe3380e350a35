package cn.egovkiosk.kiosk.guide;

import cn.egovkiosk.kiosk.apply.IdentifyView;
import cn.egovkiosk.kiosk.catalog.CatalogIndex;
import cn.egovkiosk.kiosk.catalog.CatalogSearch;
import cn.egovkiosk.kiosk.catalog.PackageItem;
import cn.egovkiosk.kiosk.device.ItemAvailability;
import cn.egovkiosk.kiosk.home.HomeView;
import cn.egovkiosk.kiosk.home.KioskLayout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.Voice;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.GuideMaterial;
import cn.egovkiosk.protocol.catalog.ServiceGuide;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;

/**
 * 办事指南 of an item or a 一件事 package ({@code guide/<code>}: the code is all the URL carries): conditions,
 * materials with the 免提交 mark, time limits, fees, place and hours; print it on A4, or apply.
 */
@Route(value = "guide", layout = KioskLayout.class)
public class GuideView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CatalogSearch search;
    private final ResidentSession session;
    private final ItemAvailability availability;
    private final GuidePrinter printer;
    private final GuideText text = new GuideText((key, parameters) -> getTranslation(key, parameters));
    private CatalogItem item;
    private Optional<CatalogPackage> pack = Optional.empty();

    public GuideView(CatalogSearch search, ResidentSession session, ItemAvailability availability,
            GuidePrinter printer) {
        this.search = search;
        this.session = session;
        this.availability = availability;
        this.printer = printer;
        setId("guide");
        addClassName("kiosk-screen");
        addClassName("guide-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        CatalogIndex index = search.index();
        pack = index.catalogPackage(code);
        item = index.item(code).or(() -> pack.map(found -> PackageItem.of(found, index))).orElse(null);
        if (item == null) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (item == null) {
            return;
        }
        removeAll();
        ServiceGuide guide = item.guide();
        add(new H1(Languages.itemName(item, getLocale())));
        Paragraph department = new Paragraph(Languages.department(item, getLocale()));
        department.addClassName("guide-department");
        add(department);
        pack.ifPresent(found -> add(section("guide-package-items", "guide.package-items",
                list(found.itemCodes().stream().flatMap(code -> search.index().item(code).stream())
                        .map(member -> Languages.itemName(member, getLocale())).toList()))));
        if (guide.equals(ServiceGuide.EMPTY) && pack.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("guide.empty"));
            none.setId("guide-empty");
            none.addClassName("notice");
            add(none);
        } else {
            addSections(guide);
        }
        add(actions());
        if (session.elderlyMode()) {
            Voice.say(event.getUI(), getTranslation("guide.prompt"));
        }
    }

    private void addSections(ServiceGuide guide) {
        List<String> conditions = GuideText.points(guide.acceptanceConditions());
        if (!conditions.isEmpty()) {
            add(section("guide-conditions", "guide.conditions", list(conditions)));
        }
        add(section("guide-materials", "guide.materials", materials(guide.materials())));
        add(section("guide-time-limit", "guide.time-limit", new Paragraph(text.timeLimit(guide))));
        add(section("guide-fees", "guide.fees", new Paragraph(text.fees(guide))));
        add(section("guide-place", "guide.place", new Paragraph(text.place(guide))));
        add(section("guide-hours", "guide.hours", new Paragraph(text.hours(guide))));
    }

    private Component materials(List<GuideMaterial> materials) {
        if (materials.isEmpty()) {
            return new Paragraph(getTranslation("guide.no-materials"));
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < materials.size(); i++) {
            GuideMaterial material = materials.get(i);
            ListItem entry = new ListItem(new Span(text.material(material)));
            entry.setId("material-" + i);
            if (material.sharingExempt()) {
                Span exempt = new Span(getTranslation("guide.exempt"));
                exempt.setId("material-" + i + "-exempt");
                exempt.addClassName("material-exempt");
                entry.add(exempt);
            }
            if (!material.required()) {
                Span optional = new Span(getTranslation("guide.optional"));
                optional.addClassName("material-optional");
                entry.add(optional);
            }
            list.add(entry);
        }
        return list;
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("actions");
        Button apply = new Button(getTranslation("guide.apply"), click -> apply());
        apply.setId("guide-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("big-button");
        availability.check(item).ifPresent(why -> {
            apply.setEnabled(false);
            Paragraph reason = new Paragraph(getTranslation(why.reasonKey(), getTranslation(why.deviceKey())));
            reason.setId("guide-unavailable");
            reason.addClassName("problem");
            actions.add(reason);
        });
        Paragraph printStatus = new Paragraph();
        printStatus.setId("guide-print-status");
        printStatus.getElement().setAttribute("role", "status");
        Button print = new Button(getTranslation("guide.print"));
        print.setId("guide-print");
        print.addClassName("big-button");
        print.setDisableOnClick(true);
        print.addClickListener(click -> printer.print(this, item, text, printStatus, print));
        Button back = new Button(getTranslation("guide.back"), click -> getUI().ifPresent(ui -> ui.navigate("")));
        back.setId("guide-back");
        back.addClassName("big-button");
        actions.add(apply, print, back, printStatus);
        return actions;
    }

    private void apply() {
        session.choose(item);
        getUI().ifPresent(ui -> ui.navigate(IdentifyView.class));
    }

    private Div section(String id, String headingKey, Component content) {
        Div section = new Div(new H2(getTranslation(headingKey)), content);
        section.setId(id);
        section.addClassName("guide-section");
        return section;
    }

    private static UnorderedList list(List<String> points) {
        UnorderedList list = new UnorderedList();
        points.forEach(point -> list.add(new ListItem(point)));
        return list;
    }
}
