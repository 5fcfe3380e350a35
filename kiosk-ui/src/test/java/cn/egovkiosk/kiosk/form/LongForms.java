package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.kiosk.apply.ApplyCatalogs;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
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
        return ApplyCatalogs.withFirstItemAlsoAsking(List.of(
                new FormField("contact", "联系人", "Contact person", FieldType.TEXT, true, "", 10, PrefillSource.NONE),
                new FormField("address", "通讯地址", "Postal address", FieldType.ADDRESS, false, "", 60,
                        PrefillSource.NONE),
                new FormField("postcode", "邮政编码", "Postcode", FieldType.NUMBER, true, "[0-9]{6}", 6,
                        PrefillSource.NONE),
                new FormField("bankAccount", "银行卡号", "Bank account", FieldType.BANK_ACCOUNT, false, "", 19,
                        PrefillSource.NONE)), 200, "b8b8");
    }
}
