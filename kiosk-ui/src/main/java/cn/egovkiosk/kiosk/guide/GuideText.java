package cn.egovkiosk.kiosk.guide;

import cn.egovkiosk.protocol.catalog.GuideMaterial;
import cn.egovkiosk.protocol.catalog.ServiceGuide;
import cn.egovkiosk.protocol.catalog.ServiceGuide.CaseType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The service guide's elements in words, the same on the screen and on the printed A4 page: time limits, fees,
 * place and hours, each material with its form, copies and the 免提交 mark. {@code translate} is the screen's
 * message look-up (key, parameters).
 */
final class GuideText {

    private final BiFunction<String, Object[], String> translate;

    GuideText(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    String timeLimit(ServiceGuide guide) {
        if (guide.caseType() == CaseType.PROMISED) {
            return t("guide.time.promised", guide.promisedDays(), guide.legalDays());
        }
        return guide.legalDays() > 0 ? t("guide.time.immediate-legal", guide.legalDays())
                : t("guide.time.immediate");
    }

    String fees(ServiceGuide guide) {
        return guide.feeCharged() ? t("guide.fee.charged", guide.feeStandard()) : t("guide.fee.free");
    }

    String place(ServiceGuide guide) {
        return guide.placeAddress().isBlank() ? t("guide.ask-staff") : guide.placeAddress();
    }

    String hours(ServiceGuide guide) {
        return guide.placeHours().isBlank() ? t("guide.ask-staff") : guide.placeHours();
    }

    /** e.g. 居民身份证（原件，1 份） */
    String material(GuideMaterial material) {
        String form = t("guide.material-form." + orUnknown(material.form()));
        return t("guide.material", material.name(), form, Math.max(1, material.copies()));
    }

    /** The material line of the printed guide: the marks in words, as print has no badges. */
    String printedMaterial(GuideMaterial material) {
        String line = material(material);
        if (material.sharingExempt()) {
            line += " " + t("guide.exempt");
        }
        if (!material.required()) {
            line += " " + t("guide.optional");
        }
        return line;
    }

    /** The conditions as separate points: the published text is split at line breaks and 。；. */
    static List<String> points(String text) {
        return Arrays.stream(text.split("[\\n；;]+")).map(String::strip).filter(point -> !point.isEmpty()).toList();
    }

    private static String orUnknown(String name) {
        return List.of("ORIGINAL", "COPY", "ORIGINAL_AND_COPY", "ELECTRONIC").contains(name)
                ? name.toLowerCase(Locale.ROOT).replace('_', '-') : "other";
    }

    private String t(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}
