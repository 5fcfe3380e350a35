package cn.egovkiosk.kiosk.support;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * Spoken prompts through the browser's speech synthesis, where the browser has it. Optional by nature: a browser
 * without voices, or a script error, leaves the screen exactly as it was. Prompts queue up; each is
 * also kept in {@code window.kioskPrompts} so a browser test can see what would have been said.
 */
public final class Voice {

    private static final String SPEAK = """
            try {
              (window.kioskPrompts = window.kioskPrompts || []).push($0);
              if ('speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function') {
                const utterance = new SpeechSynthesisUtterance($0);
                utterance.lang = $1;
                utterance.rate = 0.9;
                window.speechSynthesis.speak(utterance);
              }
            } catch (ignored) {
              // no voice: the text on the screen says the same
            }
            """;

    private Voice() {
    }

    /** Says {@code text} in the screen's language; never fails. Callers pass only texts without personal data. */
    public static void say(UI ui, String text) {
        Locale locale = ui.getLocale();
        ui.getPage().executeJs(SPEAK, text, Languages.isEnglish(locale) ? "en-GB" : "zh-CN");
    }
}
