package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.identity.IdleTimeout;
import cn.egovkiosk.kiosk.support.Languages;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.util.Objects;

/**
 * The frame of every resident screen: a bar with the controls a resident needs everywhere, the screen below it, and
 * the idle timeout watching the whole page.
 */
public class KioskLayout extends Main implements RouterLayout, AfterNavigationObserver, LocaleChangeObserver {

    private final IdleTimeout idleTimeout;
    private final Div bar = new Div();
    private final Div content = new Div();

    public KioskLayout(IdleTimeout idleTimeout) {
        this.idleTimeout = idleTimeout;
        addClassName("kiosk-frame");
        bar.addClassName("kiosk-bar");
        content.addClassName("kiosk-content");
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement screen) {
        content.getElement().removeAllChildren();
        if (screen != null) {
            content.getElement().appendChild(Objects.requireNonNull(screen.getElement()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        idleTimeout.watch(event.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        idleTimeout.touch();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        bar.removeAll();
        Button language = new Button(getTranslation("home.language-toggle"),
                click -> Languages.toggle(getUI().orElseThrow()));
        language.setId("language-toggle");
        language.addClassName("bar-button");
        language.getElement().setAttribute("lang", Languages.isEnglish(getLocale()) ? "zh-CN" : "en");
        bar.add(language);
    }
}
