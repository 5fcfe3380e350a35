package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page settings of the kiosk. Styles come only as stylesheets (the pre-compiled frontend bundle takes no custom
 * frontend code). Push lets device events (a card read, an acknowledgement) reach the screen without polling.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
// zoom stays allowed (WCAG 1.4.4); the kiosk launcher may turn pinch-zoom off in Chromium instead
@Viewport("width=device-width, initial-scale=1")
public class KioskShell implements AppShellConfigurator {
    // the page title comes from each screen (HasDynamicTitle), through the message bundles
}
