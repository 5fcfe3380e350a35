package cn.egovkiosk.device.document;

import java.util.List;
import java.util.Objects;

/**
 * A printable service guide (办事指南) of one service item, from the catalog. Holds no personal data.
 *
 * @param itemName   the service item
 * @param department the implementing department
 * @param conditions who may apply
 * @param materials  what to bring
 * @param timeLimit  the promised time limit, e.g. 即办件 or 5 个工作日
 * @param fees       fees, e.g. 不收费
 * @param place      where to go
 * @param qrPayload  what the QR says: the item's online page
 */
public record ServiceGuideContent(String itemName, String department, List<String> conditions,
        List<String> materials, String timeLimit, String fees, String place, String qrPayload) {

    public ServiceGuideContent {
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(qrPayload, "qrPayload");
        department = Objects.requireNonNullElse(department, "");
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        materials = List.copyOf(materials == null ? List.of() : materials);
        timeLimit = Objects.requireNonNullElse(timeLimit, "");
        fees = Objects.requireNonNullElse(fees, "");
        place = Objects.requireNonNullElse(place, "");
    }
}
