package cn.egovkiosk.admin.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives each page the {@code lang} of the language it shows (WCAG 3.1.1), so that a screen reader reads English as
 * English. Vaadin writes {@code <html lang>} before a UI exists, from the first locale of the bundles: always
 * Chinese, even for a session that began in English.
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
        });
    }
}
