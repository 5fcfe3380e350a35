package cn.egovkiosk.protocol.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service item (政务服务事项) as shown at a kiosk.
 *
 * @param code                the item's code in the implementation list
 * @param name                the item's name (zh-CN)
 * @param nameEn              the item's name in English, may be empty
 * @param department          the implementing department (zh-CN)
 * @param departmentEn        the department in English, may be empty
 * @param flags               the kiosk-relevant kinds of the item
 * @param requiredDevices     devices the kiosk needs to serve the item
 * @param guide               the service guide (办事指南); {@link ServiceGuide#EMPTY} when the server sent none
 * @param form                the form the resident fills, in display order; empty when the ID card is all it needs
 * @param dataSources         shared data the server consults for it; the kiosk asks consent for these
 * @param certificateTemplate the template of the certificate the server issues for it (e.g.
 *                            {@code SOCIAL_INSURANCE_RECORD}), printed on A4 at the kiosk; empty for none
 */
public record CatalogItem(String code, String name, String nameEn, String department, String departmentEn,
        Set<ItemFlag> flags, Set<DeviceKind> requiredDevices, ServiceGuide guide, List<FormField> form,
        Set<DataSource> dataSources, String certificateTemplate) {

    public CatalogItem {
        flags = inDeclarationOrder(flags, ItemFlag.class);
        requiredDevices = inDeclarationOrder(requiredDevices, DeviceKind.class);
        nameEn = nameEn == null ? "" : nameEn;
        departmentEn = departmentEn == null ? "" : departmentEn;
        guide = guide == null ? ServiceGuide.EMPTY : guide;
        form = form == null ? List.of() : List.copyOf(form);
        dataSources = inDeclarationOrder(dataSources, DataSource.class);
        certificateTemplate = certificateTemplate == null ? "" : certificateTemplate;
    }

    /** An item with names, flags and devices only, as published before guides and forms travelled. */
    public CatalogItem(String code, String name, String nameEn, String department, String departmentEn,
            Set<ItemFlag> flags, Set<DeviceKind> requiredDevices) {
        this(code, name, nameEn, department, departmentEn, flags, requiredDevices, ServiceGuide.EMPTY, List.of(),
                Set.of(), "");
    }

    /** Whether the server issues a certificate the kiosk prints for this item (免证办 / 证明开具). */
    public boolean producesCertificate() {
        return !certificateTemplate.isEmpty();
    }

    // a stable order keeps the JSON, and so the catalog's content hash, the same for the same content
    private static <E extends Enum<E>> Set<E> inDeclarationOrder(Set<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }
}
