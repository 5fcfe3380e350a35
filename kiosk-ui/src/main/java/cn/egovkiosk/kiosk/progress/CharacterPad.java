package cn.egovkiosk.kiosk.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;

/**
 * A kiosk has no keyboard: large keys for the characters a field can hold, plus "delete" and "clear". Ids
 * {@code <prefix>-<character>}, {@code <prefix>-backspace}, {@code <prefix>-clear}.
 */
class CharacterPad extends Div {

    static final String DIGITS = "0123456789";
    static final String DIGITS_AND_LETTERS = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Keys that type into {@code typed} (up to {@code maxLength} characters), then call {@code changed}. */
    static CharacterPad typingInto(String prefix, String characters, StringBuilder typed, int maxLength,
            Runnable changed) {
        return new CharacterPad(prefix, characters, key -> {
            if (typed.length() < maxLength) {
                typed.append(key);
                changed.run();
            }
        }, () -> {
            typed.setLength(Math.max(0, typed.length() - 1));
            changed.run();
        }, () -> {
            typed.setLength(0);
            changed.run();
        });
    }

    CharacterPad(String prefix, String characters, Consumer<String> typed, Runnable backspace, Runnable clear) {
        addClassName("character-pad");
        for (char c : characters.toCharArray()) {
            String key = String.valueOf(c);
            Button button = new Button(key, click -> typed.accept(key));
            button.setId(prefix + "-" + key);
            button.addClassName("pad-key");
            add(button);
        }
        Button delete = new Button(getTranslation("keypad.backspace"), click -> backspace.run());
        delete.setId(prefix + "-backspace");
        delete.addClassName("pad-key");
        delete.addClassName("pad-wide");
        Button empty = new Button(getTranslation("keypad.clear"), click -> clear.run());
        empty.setId(prefix + "-clear");
        empty.addClassName("pad-key");
        empty.addClassName("pad-wide");
        add(delete, empty);
    }
}
