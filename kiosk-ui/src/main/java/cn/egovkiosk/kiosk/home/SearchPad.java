package cn.egovkiosk.kiosk.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The search box and, because a kiosk has no keyboard, a pad of letters for pinyin initials (sbjf → 社保缴费). Chinese
 * text can be typed where the kiosk has an input method.
 */
class SearchPad extends Div {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final TextField field = new TextField();
    private final Div keys = new Div();

    SearchPad(Consumer<String> changed) {
        addClassName("search-pad");
        field.setId("search-field");
        field.addClassName("search-field");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> changed.accept(change.getValue()));
        keys.setId("search-keys");
        keys.addClassName("search-keys");
        keys.setVisible(false);
        for (char letter : LETTERS.toCharArray()) {
            keys.add(key("key-" + letter, String.valueOf(letter).toUpperCase(), () -> type(letter)));
        }
        keys.add(key("key-backspace", "⌫", this::backspace), key("key-clear", "×", () -> field.setValue("")));
        keys.getChildren().skip(LETTERS.length()).forEach(k -> k.addClassName("wide"));
    }

    /** (Re)labels the pad in the screen's language. */
    void show() {
        removeAll();
        field.setLabel(getTranslation("search.label"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        keys.getChildren().filter(k -> k.getId().filter("key-backspace"::equals).isPresent())
                .forEach(k -> k.getElement().setAttribute("aria-label", getTranslation("search.backspace")));
        keys.getChildren().filter(k -> k.getId().filter("key-clear"::equals).isPresent())
                .forEach(k -> k.getElement().setAttribute("aria-label", getTranslation("search.clear")));
        Button toggle = new Button(getTranslation("search.letters"), click -> keys.setVisible(!keys.isVisible()));
        toggle.setId("search-keys-toggle");
        toggle.addClassName("filter-chip");
        Div row = new Div(field, toggle);
        row.addClassName("search-row");
        add(row, keys);
    }

    String text() {
        return field.getValue();
    }

    private void type(char letter) {
        field.setValue(field.getValue() + letter);
    }

    private void backspace() {
        String text = field.getValue();
        field.setValue(text.isEmpty() ? "" : text.substring(0, text.length() - 1));
    }

    private static Button key(String id, String label, Runnable press) {
        Button key = new Button(label, click -> press.run());
        key.setId(id);
        key.addClassName("search-key");
        return key;
    }
}
