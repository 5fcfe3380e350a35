package cn.egovkiosk.kiosk.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The "still there?" notice over the whole screen shortly before the idle timeout forgets the resident. */
class IdleWarning extends Div {

    IdleWarning(Runnable stillHere) {
        setId("idle-warning");
        addClassName("idle-warning");
        Button keepGoing = new Button(getTranslation("idle.continue"), click -> stillHere.run());
        keepGoing.setId("idle-continue");
        keepGoing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepGoing.addClassName("big-button");
        Div box = new Div(new Paragraph(getTranslation("idle.warning")), keepGoing);
        box.addClassName("idle-warning-box");
        add(box);
    }

    void showOn(UI ui) {
        if (getParent().isEmpty()) {
            ui.add(this);
        }
    }

    void hide() {
        getParent().ifPresent(parent -> getElement().removeFromParent());
    }
}
