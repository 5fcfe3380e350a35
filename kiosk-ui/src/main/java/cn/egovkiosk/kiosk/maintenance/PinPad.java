package cn.egovkiosk.kiosk.maintenance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.function.Consumer;

/** Digits on the screen for the technician PIN; the entry shows as dots and is cleared after every try. */
class PinPad extends Div {

    private final Consumer<char[]> submit;
    private final Paragraph display = new Paragraph();
    private final Paragraph status = new Paragraph();
    private char[] entered = new char[0];

    PinPad(Consumer<char[]> submit) {
        this.submit = submit;
        addClassName("pin-pad");
        display.setId("pin-display");
        status.setId("pin-status");
        status.getElement().setAttribute("role", "status");
    }

    void show() {
        removeAll();
        status.setText(getTranslation("maintenance.pin-prompt"));
        status.removeClassName("problem");
        Div keys = new Div();
        keys.addClassName("pin-keys");
        for (char digit : "1234567890".toCharArray()) {
            keys.add(key("pin-" + digit, String.valueOf(digit), () -> type(digit)));
        }
        Button back = key("pin-back", "⌫", this::backspace);
        back.getElement().setAttribute("aria-label", getTranslation("search.backspace"));
        keys.add(back, key("pin-ok", getTranslation("maintenance.pin-ok"), this::enter));
        add(status, display, keys);
        showEntry();
    }

    void problem(String text) {
        status.setText(text);
        status.addClassName("problem");
    }

    private void type(char digit) {
        if (entered.length < 12) {
            entered = Arrays.copyOf(entered, entered.length + 1);
            entered[entered.length - 1] = digit;
            showEntry();
        }
    }

    private void backspace() {
        entered = Arrays.copyOf(entered, Math.max(0, entered.length - 1));
        showEntry();
    }

    private void enter() {
        char[] pin = entered;
        entered = new char[0];
        showEntry();
        submit.accept(pin);
        Arrays.fill(pin, '\0');
    }

    private void showEntry() {
        display.setText("●".repeat(entered.length));
    }

    private static Button key(String id, String label, Runnable press) {
        Button key = new Button(label, click -> press.run());
        key.setId(id);
        key.addClassName("pin-key");
        return key;
    }
}
