package cn.egovkiosk.protocol.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A service item (政务服务事项) as shown at a kiosk.
 *
 * @param code            the item's code in the implementation list
 * @param name            the item's name (zh-CN)
 * @param nameEn          the item's name in English, may be empty
 * @param department      the implementing department (zh-CN)
 * @param departmentEn    the department in English, may be empty
 * @param flags           the kiosk-relevant kinds of the item
 * @param requiredDevices devices the kiosk needs to serve the item
 */
public record CatalogItem(String code, String name, String nameEn, String department, String departmentEn,
        Set<ItemFlag> flags, Set<DeviceKind> requiredDevices) {

    public CatalogItem {
        flags = inDeclarationOrder(flags, ItemFlag.class);
        requiredDevices = inDeclarationOrder(requiredDevices, DeviceKind.class);
        nameEn = nameEn == null ? "" : nameEn;
        departmentEn = departmentEn == null ? "" : departmentEn;
    }

    // a stable order keeps the JSON, and so the catalog's content hash, the same for the same content
    private static <E extends Enum<E>> Set<E> inDeclarationOrder(Set<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }
}
