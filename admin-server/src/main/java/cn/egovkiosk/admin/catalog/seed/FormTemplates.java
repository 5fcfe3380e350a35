package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormField.FieldType;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import java.util.ArrayList;
import java.util.List;

/** The form of a generated item: who applies (pre-filled from the ID card), then what the action needs. */
final class FormTemplates {

    static final FormField NAME = new FormField("applicantName", "申请人姓名", FieldType.TEXT, true, "", 30,
            PrefillSource.ID_CARD_NAME);
    static final FormField ID_NUMBER = new FormField("idNumber", "公民身份号码", FieldType.ID_NUMBER, true,
            "^\\d{17}[\\dX]$", 18, PrefillSource.ID_CARD_NUMBER);
    static final FormField PHONE = new FormField("phone", "联系电话", FieldType.PHONE, true, "^1\\d{10}$", 11,
            PrefillSource.NONE);
    static final FormField ADDRESS = new FormField("address", "住址", FieldType.ADDRESS, true, "", 100,
            PrefillSource.ID_CARD_ADDRESS);

    private FormTemplates() {
    }

    static FormSchema forItem(String code, ItemAction action) {
        List<FormField> fields = new ArrayList<>(List.of(NAME, ID_NUMBER));
        switch (action) {
            case QUERY -> {
                // identification is all a query needs
            }
            case PRINT -> fields.add(new FormField("copies", "打印份数", FieldType.NUMBER, true, "^[1-3]$", 1,
                    PrefillSource.NONE));
            case APPLY -> fields.addAll(List.of(PHONE, ADDRESS, new FormField("bankAccount", "收款银行账号",
                    FieldType.BANK_ACCOUNT, true, "^\\d{12,19}$", 19, PrefillSource.NONE)));
            case REGISTER -> fields.addAll(List.of(PHONE, ADDRESS));
            case CHANGE -> fields.addAll(List.of(PHONE, new FormField("changeReason", "变更事项及原因", FieldType.TEXT,
                    true, "", 200, PrefillSource.NONE)));
            case REISSUE -> fields.addAll(List.of(PHONE, new FormField("lossReason", "遗失或损毁情况", FieldType.TEXT,
                    true, "", 200, PrefillSource.NONE)));
            case CANCEL -> fields.addAll(List.of(PHONE, new FormField("cancelDate", "申请注销日期", FieldType.DATE,
                    true, "^\\d{4}-\\d{2}-\\d{2}$", 10, PrefillSource.NONE)));
        }
        return new FormSchema(code, fields);
    }
}
