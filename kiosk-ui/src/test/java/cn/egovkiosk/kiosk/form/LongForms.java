package cn.egovkiosk.kiosk.form;

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

/**
 * The fixture catalog with a first item whose form asks for five typed fields beside the two the card fills: what
 * 长辈模式 spreads over steps of three ({@code phone, contact, address} then {@code postcode, bankAccount}).
 */
public final class LongForms {

    public static final List<String> FIRST_STEP = List.of("phone", "contact", "address");
    public static final List<String> SECOND_STEP = List.of("postcode", "bankAccount");

    private LongForms() {
    }

    public static CatalogSnapshot catalog() {
        CatalogSnapshot fixture = ProtocolJson.mapper().readValue(ProtocolFixtures.text(ProtocolFixtures.CATALOG_SNAPSHOT),
                CatalogSnapshot.class);
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogItem item : fixture.items()) {
            List<FormField> form = new ArrayList<>(item.form());
            if (items.isEmpty()) {
                form.add(new FormField("contact", "联系人", "Contact person", FieldType.TEXT, true, "", 10,
                        PrefillSource.NONE));
                form.add(new FormField("address", "通讯地址", "Postal address", FieldType.ADDRESS, false, "", 60,
                        PrefillSource.NONE));
                form.add(new FormField("postcode", "邮政编码", "Postcode", FieldType.NUMBER, true, "[0-9]{6}", 6,
                        PrefillSource.NONE));
                form.add(new FormField("bankAccount", "银行卡号", "Bank account", FieldType.BANK_ACCOUNT, false, "",
                        19, PrefillSource.NONE));
            }
            items.add(new CatalogItem(item.code(), item.name(), item.nameEn(), item.department(), item.departmentEn(),
                    item.flags(), EnumSet.of(DeviceKind.ID_CARD_READER, DeviceKind.RECEIPT_PRINTER), item.guide(), form,
                    item.dataSources(), item.certificateTemplate()));
        }
        return new CatalogSnapshot(fixture.version() + 200, fixture.contentHash().substring(0, 60) + "b8b8",
                fixture.publishedAt(), items, fixture.packages(), fixture.themes());
    }
}
