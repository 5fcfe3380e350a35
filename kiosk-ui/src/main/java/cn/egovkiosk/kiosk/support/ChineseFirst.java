package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every new screen starts in Chinese, whatever language the kiosk's browser asks for: the browser is part of the
 * kiosk, not the resident's, and the resident chooses English with the toggle.
 */
@Component
class ChineseFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> Languages.reset(init.getUI()));
    }
}
