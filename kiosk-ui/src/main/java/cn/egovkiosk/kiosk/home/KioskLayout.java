package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.identity.IdleTimeout;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.SessionEnd;
import cn.egovkiosk.kiosk.support.ElderlyModeObserver;
import cn.egovkiosk.kiosk.support.Languages;
import cn.egovkiosk.kiosk.support.ServerReachability;
import cn.egovkiosk.kiosk.support.UiUpdates;
import cn.egovkiosk.kiosk.support.Voice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.util.Objects;

/**
 * The frame of every resident screen: a bar with what a resident needs everywhere (长辈模式, the language, "finish"),
 * the screen below it, and the idle timeout watching the whole page.
 */
public class KioskLayout extends Main implements RouterLayout, AfterNavigationObserver, LocaleChangeObserver {

    private final IdleTimeout idleTimeout;
    private final ResidentSession session;
    private final ServerReachability server;
    private final Div bar = new Div();
    private final Div notices = new Div();
    private final Div content = new Div();
    private final Button maintenanceEntry;
    private HasElement screen;

    public KioskLayout(IdleTimeout idleTimeout, ResidentSession session, ServerReachability server) {
        this.idleTimeout = idleTimeout;
        this.session = session;
        this.server = server;
        addClassName("kiosk-frame");
        bar.addClassName("kiosk-bar");
        notices.addClassName("kiosk-notices");
        content.addClassName("kiosk-content");
        // discreet, but a real button: the PIN guards maintenance mode, not the entry's obscurity
        Button maintenance = new Button();
        maintenance.setId("maintenance-entry");
        maintenance.addClassName("maintenance-entry");
        maintenance.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("maintenance")));
        add(bar, notices, content, maintenance);
        this.maintenanceEntry = maintenance;
    }

    @Override
    public void showRouterLayoutContent(HasElement shown) {
        content.getElement().removeAllChildren();
        screen = shown;
        if (shown != null) {
            content.getElement().appendChild(Objects.requireNonNull(shown.getElement()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        idleTimeout.watch(ui);
        UiUpdates.whileAttached(this, server.onChange(online -> UiUpdates.later(ui, this::renderNotices)));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        idleTimeout.touch();
        getUI().ifPresent(ui -> SessionEnd.showElderlyMode(ui, session.elderlyMode()));
        renderBar();
        renderNotices();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        maintenanceEntry.setText(getTranslation("maintenance.entry"));
        renderBar();
        renderNotices();
    }

    // the kiosk keeps serving from its cache; the banner says what that means for the resident
    private void renderNotices() {
        notices.removeAll();
        if (!server.reachable()) {
            Paragraph banner = new Paragraph(getTranslation("offline.banner"));
            banner.setId("offline-banner");
            banner.addClassName("offline-banner");
            banner.getElement().setAttribute("role", "status");
            notices.add(banner);
        }
    }

    private void renderBar() {
        bar.removeAll();
        boolean elderly = session.elderlyMode();
        Button elderlyToggle = barButton("elderly-toggle", getTranslation("bar.elderly"), this::toggleElderlyMode);
        elderlyToggle.getElement().setAttribute("aria-pressed", Boolean.toString(elderly));
        elderlyToggle.setClassName("pressed", elderly);
        Button language = barButton("language-toggle", getTranslation("home.language-toggle"),
                () -> Languages.toggle(getUI().orElseThrow()));
        language.getElement().setAttribute("lang", Languages.isEnglish(getLocale()) ? "zh-CN" : "en");
        Button finish = barButton("finish-session", getTranslation("bar.finish"),
                () -> getUI().ifPresent(ui -> SessionEnd.end(ui, session)));
        finish.addClassName("finish");
        bar.add(elderlyToggle, language, finish);
    }

    private void toggleElderlyMode() {
        UI ui = getUI().orElseThrow();
        boolean on = !session.elderlyMode();
        session.elderlyMode(on);
        SessionEnd.showElderlyMode(ui, on);
        Voice.say(ui, getTranslation(on ? "bar.elderly-on" : "bar.elderly-off"));
        if (screen instanceof ElderlyModeObserver observer) {
            observer.elderlyModeChanged(on);
        }
        renderBar();
    }

    private Button barButton(String id, String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        button.addClassName("bar-button");
        return button;
    }
}
