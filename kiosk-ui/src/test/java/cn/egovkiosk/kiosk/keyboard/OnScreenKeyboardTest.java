package cn.egovkiosk.kiosk.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyboard on its own in a Karibu UI, typing into a plain target. */
class OnScreenKeyboardTest {

    private final OnScreenKeyboard keyboard = new OnScreenKeyboard(PinyinDictionary.instance());
    private final StringBuilder typed = new StringBuilder();
    private int maxLength = 6;
    private final OnScreenKeyboard.Target target = new OnScreenKeyboard.Target() {
        @Override
        public String text() {
            return typed.toString();
        }

        @Override
        public void text(String changed) {
            typed.setLength(0);
            typed.append(changed);
        }

        @Override
        public int maxLength() {
            return maxLength;
        }
    };

    @BeforeEach
    void showKeyboard() {
        MockVaadin.setup();
        UI.getCurrent().add(keyboard);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void pinyinLettersOfferCandidatesAndAChosenOneIsTyped() {
        keyboard.typeInto(target, OnScreenKeyboard.Layout.CHINESE);
        press("kb-z", "kb-h", "kb-a", "kb-n", "kb-g", "kb-s", "kb-a", "kb-n");
        assertThat(text("kb-pinyin")).isEqualTo("zhangsan");
        assertThat(text("kb-cand-0")).isEqualTo("张");

        press("kb-cand-0");
        assertThat(typed).hasToString("张");
        assertThat(keyboard.pinyin()).as("the rest waits for its character").isEqualTo("san");
        press("kb-space");
        assertThat(typed).hasToString("张三");
        assertThat(keyboard.pinyin()).isEmpty();

        press("kb-backspace");
        assertThat(typed).hasToString("张");
    }

    @Test
    void candidatesComeAPageAtATime() {
        keyboard.candidatesPerPage(5);
        keyboard.typeInto(target, OnScreenKeyboard.Layout.CHINESE);
        press("kb-y", "kb-i");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("kb-candidate"))).hasSize(5);
        String first = text("kb-cand-0");
        assertThat(button("kb-cand-previous").isEnabled()).isFalse();
        press("kb-cand-next");
        assertThat(text("kb-cand-0")).isNotEqualTo(first);
        assertThat(button("kb-cand-previous").isEnabled()).isTrue();
        press("kb-backspace", "kb-backspace");
        assertThat(keyboard.pinyin()).isEmpty();
        assertThat(typed).as("backspace took pinyin letters, not typed text").isEmpty();
    }

    @Test
    void anIdNumberGetsDigitsAndXAndAFullFieldTakesNoMore() {
        maxLength = 3;
        keyboard.typeInto(target, OnScreenKeyboard.Layout.ID_NUMBER);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withId("kb-a"))).isEmpty();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withId("kb-mode-pinyin"))).isEmpty();
        press("kb-1", "kb-0", "kb-id-x", "kb-9");
        assertThat(typed).hasToString("10X");
        press("kb-clear");
        assertThat(typed).isEmpty();
    }

    @Test
    void lettersModeTypesLettersAndDigitsModeDigits() {
        keyboard.typeInto(target, OnScreenKeyboard.Layout.CHINESE);
        press("kb-mode-letters", "kb-o", "kb-k", "kb-mode-digits", "kb-7");
        assertThat(typed).hasToString("ok7");
        assertThat(button("kb-mode-digits").getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    private static void press(String... ids) {
        for (String id : ids) {
            Component key = button(id);
            ComponentUtil.fireEvent(key, new ClickEvent<>(key));
        }
    }

    private static Button button(String id) {
        return LocatorJ._get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return LocatorJ._get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
