package cn.egovkiosk.kiosk.home;

import cn.egovkiosk.kiosk.identity.IdleTimeout;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;

/** The frame of every kiosk screen: a portrait column, and the idle timeout watching the whole page. */
public class KioskLayout extends Main implements RouterLayout, AfterNavigationObserver {

    private final IdleTimeout idleTimeout;

    public KioskLayout(IdleTimeout idleTimeout) {
        this.idleTimeout = idleTimeout;
        addClassName("kiosk-frame");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        idleTimeout.watch(event.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        idleTimeout.touch();
    }
}
