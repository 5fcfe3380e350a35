package cn.egovkiosk.kiosk.keyboard;

import cn.egovkiosk.kiosk.keyboard.PinyinDictionary.Candidates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The keyboard a kiosk shows because it has none: digits, letters, and Chinese by pinyin with candidate characters.
 * It types into one {@link Target} at a time, laid out for what the target takes (an ID number gets digits and X, a
 * date digits and a dash, a name or address pinyin). Key ids: {@code kb-a}…{@code kb-z}, {@code kb-0}…{@code kb-9},
 * {@code kb-id-x}, {@code kb-dash}, {@code kb-space}, {@code kb-backspace}, {@code kb-clear}, {@code kb-mode-*},
 * {@code kb-cand-0}…, {@code kb-cand-next}, {@code kb-cand-previous}; typed pinyin shows in {@code kb-pinyin}.
 */
public class OnScreenKeyboard extends Div {

    /** What a field takes, which decides the keys. */
    public enum Layout {
        CHINESE, DIGITS, ID_NUMBER, DATE,
        /** Technicians' values (a port such as {@code /dev/ttyUSB0}, an enrollment code): digits, letters in both cases, symbols. */
        CODE
    }

    /** The field the keyboard types into. */
    public interface Target {
        String text();

        void text(String changed);

        int maxLength();
    }

    private enum Mode {
        PINYIN, LETTERS, DIGITS
    }

    private static final List<String> LETTER_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");
    private static final List<String> DIGIT_ROWS = List.of("123", "456", "789");
    private static final int LONGEST_PINYIN = 12;
    // the symbols of device paths, network addresses and codes, with ids a CSS selector can name
    private static final List<List<String>> SYMBOLS = List.of(List.of("slash", "/"), List.of("colon", ":"),
            List.of("dot", "."), List.of("dash", "-"), List.of("underscore", "_"));

    private final PinyinDictionary dictionary;
    private final Div candidatesRow = new Div();
    // kept, not re-made: the typed letters and the candidates change in place
    private final Span typedPinyin = new Span();
    private final Div candidates = new Div();
    private final Div keys = new Div();
    private Target target;
    private Layout layout = Layout.CHINESE;
    private Mode mode = Mode.PINYIN;
    private String pinyin = "";
    private int page;
    private int perPage = 8;
    private boolean shift;

    public OnScreenKeyboard(PinyinDictionary dictionary) {
        this.dictionary = dictionary;
        setId("keyboard");
        addClassName("on-screen-keyboard");
        getElement().setAttribute("role", "group");
        candidatesRow.addClassName("kb-candidates");
        typedPinyin.setId("kb-pinyin");
        typedPinyin.addClassName("kb-pinyin");
        typedPinyin.getElement().setAttribute("aria-live", "polite");
        candidates.addClassName("kb-candidate-list");
        candidatesRow.add(typedPinyin, candidates);
        keys.addClassName("kb-keys");
        add(candidatesRow, keys);
    }

    /** Types into {@code typed} from now on, with the keys its layout needs; pinyin not yet turned into a character goes. */
    public void typeInto(Target typed, Layout wanted) {
        if (typed == target && wanted == layout) {
            return; // a tap and the focus it brings both choose the field: the keys stay as they are
        }
        this.target = typed;
        this.layout = wanted;
        this.mode = wanted == Layout.CHINESE ? Mode.PINYIN : wanted == Layout.CODE ? Mode.LETTERS : Mode.DIGITS;
        this.pinyin = "";
        render();
    }

    /** Fewer, larger candidates in 长辈模式. */
    public void candidatesPerPage(int count) {
        this.perPage = count;
        renderCandidates();
    }

    /** The letters typed in pinyin mode and not yet turned into a character. */
    public String pinyin() {
        return pinyin;
    }

    private void render() {
        getElement().setAttribute("aria-label", getTranslation("keyboard.label"));
        keys.removeAll();
        if (layout == Layout.CHINESE) {
            Div modes = row();
            modes.add(modeKey(Mode.PINYIN, "keyboard.mode-pinyin"), modeKey(Mode.LETTERS, "keyboard.mode-letters"),
                    modeKey(Mode.DIGITS, "keyboard.mode-digits"));
            keys.add(modes);
        }
        if (layout == Layout.CODE) {
            keys.add(charRow("1234567890"));
            LETTER_ROWS.forEach(letters -> keys.add(charRow(letters)));
            Div symbols = row();
            SYMBOLS.forEach(symbol -> symbols.add(key("kb-" + symbol.get(0), symbol.get(1),
                    () -> type(symbol.get(1)))));
            keys.add(symbols);
        } else if (mode == Mode.DIGITS) {
            DIGIT_ROWS.forEach(digits -> keys.add(charRow(digits)));
            Div last = row();
            if (layout == Layout.ID_NUMBER) {
                last.add(key("kb-id-x", "X", () -> type("X")));
            } else if (layout == Layout.DATE) {
                last.add(key("kb-dash", "-", () -> type("-")));
            }
            last.add(key("kb-0", "0", () -> type("0")));
            keys.add(last);
        } else {
            LETTER_ROWS.forEach(letters -> keys.add(charRow(letters)));
        }
        Div edit = row();
        if (layout == Layout.CHINESE) {
            edit.add(labelled(key("kb-space", getTranslation("keyboard.space"), this::space), "keyboard.space"));
        } else if (layout == Layout.CODE) {
            Button shiftKey = key("kb-shift", getTranslation("keyboard.shift"), () -> {
                shift = !shift;
                render();
            });
            shiftKey.setClassName("pressed", shift);
            shiftKey.getElement().setAttribute("aria-pressed", Boolean.toString(shift));
            edit.add(shiftKey);
        }
        edit.add(labelled(key("kb-backspace", "⌫", this::backspace), "keyboard.backspace"),
                labelled(key("kb-clear", getTranslation("keyboard.clear"), this::clear), "keyboard.clear"));
        keys.add(edit);
        renderCandidates();
    }

    private void renderCandidates() {
        candidates.removeAll();
        candidatesRow.setVisible(mode == Mode.PINYIN);
        typedPinyin.setText(pinyin);
        if (mode != Mode.PINYIN || pinyin.isEmpty()) {
            return;
        }
        Candidates found = dictionary.candidates(pinyin);
        List<String> characters = found.characters();
        if (characters.isEmpty()) {
            candidates.add(new Span(getTranslation("keyboard.no-candidates")));
            return;
        }
        int pages = (characters.size() + perPage - 1) / perPage;
        page = Math.min(page, pages - 1);
        List<String> shown = characters.subList(page * perPage, Math.min(characters.size(), (page + 1) * perPage));
        for (int i = 0; i < shown.size(); i++) {
            String character = shown.get(i);
            Button candidate = key("kb-cand-" + i, character, () -> choose(character, found.consumed()));
            candidate.addClassName("kb-candidate");
            candidates.add(candidate);
        }
        Button previous = labelled(key("kb-cand-previous", "‹", () -> turn(-1)), "keyboard.previous");
        previous.setEnabled(page > 0);
        Button next = labelled(key("kb-cand-next", "›", () -> turn(1)), "keyboard.next");
        next.setEnabled(page < pages - 1);
        candidates.add(previous, next);
    }

    private Div charRow(String characters) {
        Div row = row();
        characters.chars().mapToObj(Character::toString)
                .forEach(c -> row.add(key("kb-" + c, mode == Mode.DIGITS || (layout == Layout.CODE && !shift) ? c
                        : c.toUpperCase(), () -> press(c))));
        return row;
    }

    private void press(String character) {
        if (mode == Mode.PINYIN && Character.isLetter(character.charAt(0))) {
            if (pinyin.length() < LONGEST_PINYIN) {
                pinyin += character;
                page = 0;
            }
            renderCandidates();
        } else {
            type(shift && layout == Layout.CODE ? character.toUpperCase(java.util.Locale.ROOT) : character);
        }
    }

    private void choose(String character, String consumed) {
        type(character);
        pinyin = pinyin.substring(Math.min(pinyin.length(), consumed.length()));
        page = 0;
        renderCandidates();
    }

    private void space() {
        if (!pinyin.isEmpty()) {
            List<String> characters = dictionary.candidates(pinyin).characters();
            if (!characters.isEmpty()) {
                choose(characters.get(Math.min(characters.size() - 1, page * perPage)),
                        dictionary.candidates(pinyin).consumed());
            }
            return;
        }
        type(" ");
    }

    private void backspace() {
        if (mode == Mode.PINYIN && !pinyin.isEmpty()) {
            pinyin = pinyin.substring(0, pinyin.length() - 1);
            page = 0;
            renderCandidates();
        } else if (target != null && !target.text().isEmpty()) {
            String text = target.text();
            target.text(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
        }
    }

    private void clear() {
        pinyin = "";
        if (target != null) {
            target.text("");
        }
        renderCandidates();
    }

    private void type(String text) {
        if (target == null) {
            return;
        }
        String current = target.text();
        if (target.maxLength() > 0 && current.codePointCount(0, current.length()) >= target.maxLength()) {
            return; // the field is full: the key does nothing rather than cut what is there
        }
        target.text(current + text);
    }

    private void turn(int delta) {
        page = Math.max(0, page + delta);
        renderCandidates();
    }

    private Button modeKey(Mode wanted, String labelKey) {
        Button key = key("kb-mode-" + wanted.name().toLowerCase(java.util.Locale.ROOT), getTranslation(labelKey),
                () -> {
                    mode = wanted;
                    pinyin = "";
                    render();
                });
        key.addClassName("kb-mode");
        key.setClassName("pressed", mode == wanted);
        key.getElement().setAttribute("aria-pressed", Boolean.toString(mode == wanted));
        return key;
    }

    private Button labelled(Button key, String labelKey) {
        key.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return key;
    }

    private static Div row() {
        Div row = new Div();
        row.addClassName("kb-row");
        return row;
    }

    private static Button key(String id, String label, Runnable press) {
        Button key = new Button(label, click -> press.run());
        key.setId(id);
        key.addClassName("kb-key");
        return key;
    }
}
