package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.keyboard.OnScreenKeyboard;
import cn.egovkiosk.kiosk.keyboard.PinyinDictionary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

/**
 * The on-screen keyboard of maintenance mode (a kiosk has no keyboard): the technician taps a port, speed or
 * enrollment-code field and types into it with digits, letters in both cases and the symbols of device paths.
 * Hidden until a field is chosen, then shown just below its row. Ids {@code maintenance-keyboard},
 * {@code maintenance-typing-into}, then the keyboard's.
 */
class MaintenanceKeyboard extends Div {

    private static final int BAUD_DIGITS = 7;

    private final OnScreenKeyboard keyboard = new OnScreenKeyboard(PinyinDictionary.instance());
    private final Paragraph typingInto = new Paragraph();

    MaintenanceKeyboard() {
        setId("maintenance-keyboard");
        addClassName("maintenance-keyboard");
        typingInto.setId("maintenance-typing-into");
        typingInto.addClassName("keyboard-target");
        add(typingInto, keyboard);
        setVisible(false);
    }

    /** Letters, digits and symbols for {@code field}. */
    void serve(TextField field, int maxLength) {
        OnScreenKeyboard.Target target = new OnScreenKeyboard.Target() {
            @Override
            public String text() {
                return field.getValue();
            }

            @Override
            public void text(String changed) {
                field.setValue(changed);
            }

            @Override
            public int maxLength() {
                return maxLength;
            }
        };
        offer(field, field.getLabel(), target, OnScreenKeyboard.Layout.CODE);
    }

    /** Digits for a number such as the serial speed. */
    void serve(IntegerField field) {
        OnScreenKeyboard.Target target = new OnScreenKeyboard.Target() {
            @Override
            public String text() {
                return field.getValue() == null ? "" : field.getValue().toString();
            }

            @Override
            public void text(String changed) {
                field.setValue(changed.isEmpty() ? null : Integer.valueOf(changed));
            }

            @Override
            public int maxLength() {
                return BAUD_DIGITS;
            }
        };
        offer(field, field.getLabel(), target, OnScreenKeyboard.Layout.DIGITS);
    }

    private <F extends Component & FocusNotifier<F>> void offer(F field, String label,
            OnScreenKeyboard.Target target, OnScreenKeyboard.Layout layout) {
        Runnable choose = () -> {
            besideRowOf(field);
            setVisible(true);
            typingInto.setText(getTranslation("maintenance.keys-for", label));
            keyboard.typeInto(target, layout);
        };
        field.getElement().addEventListener("click", click -> choose.run());
        field.addFocusListener(focus -> choose.run());
    }

    // just below the chosen field's row, so the keys neither hide the row's buttons nor sit a long scroll away
    private void besideRowOf(Component field) {
        Element row = field.getElement().getParent();
        Element container = row == null ? null : row.getParent();
        if (container == null || (getElement().getParent() == container
                && container.indexOfChild(getElement()) == container.indexOfChild(row) + 1)) {
            return;
        }
        getElement().removeFromParent();
        container.insertChild(container.indexOfChild(row) + 1, getElement());
    }
}
