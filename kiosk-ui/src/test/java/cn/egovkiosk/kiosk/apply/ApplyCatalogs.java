package cn.egovkiosk.kiosk.apply;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fixture catalog made independent of the A4 printer (every item served with reader and receipt printer), with
 * a free-text field (联系人, typed in Chinese by pinyin) added to the first item's form, as a new version.
 */
public final class ApplyCatalogs {

    /** The free-text field added to the first item. */
    public static final String CONTACT = "contact";

    private ApplyCatalogs() {
    }

    public static CatalogSnapshot forApplying() {
        return withFirstItemAlsoAsking(List.of(new FormField(CONTACT, "联系人", "Contact person", FieldType.TEXT,
                true, "", 10, PrefillSource.NONE)), 100, "a7a7");
    }

    /**
     * The fixture catalog, every item served with reader and receipt printer, the first item's form also asking for
     * {@code added}, as a new version ({@code versionStep} on, content hash ending in {@code hashTail}).
     */
    public static CatalogSnapshot withFirstItemAlsoAsking(List<FormField> added, int versionStep, String hashTail) {
        CatalogSnapshot fixture = ProtocolJson.mapper().readValue(ProtocolFixtures.text(ProtocolFixtures.CATALOG_SNAPSHOT),
                CatalogSnapshot.class);
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogItem item : fixture.items()) {
            List<FormField> form = new ArrayList<>(item.form());
            if (items.isEmpty()) {
                form.addAll(added);
            }
            Set<DeviceKind> devices = EnumSet.of(DeviceKind.ID_CARD_READER, DeviceKind.RECEIPT_PRINTER);
            items.add(new CatalogItem(item.code(), item.name(), item.nameEn(), item.department(), item.departmentEn(),
                    item.flags(), devices, item.guide(), form, item.dataSources(), item.certificateTemplate()));
        }
        return new CatalogSnapshot(fixture.version() + versionStep, fixture.contentHash().substring(0, 60) + hashTail,
                fixture.publishedAt(), items, fixture.packages(), fixture.themes());
    }
}
