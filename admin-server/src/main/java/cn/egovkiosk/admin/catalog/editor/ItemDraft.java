package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Fee;
import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemType;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.ServicePlace;
import cn.egovkiosk.admin.catalog.model.TimeLimits;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service item while it is edited: mutable, so that the form's binder can fill it field by field; it becomes an
 * immutable {@link ServiceItem} and {@link FormSchema} only when saved.
 */
final class ItemDraft {

    String code = "";
    String name = "";
    String nameEn = "";
    String departmentCode;
    ItemType type = ItemType.PUBLIC_SERVICE;
    CaseType caseType = CaseType.IMMEDIATE;
    int legalDays;
    int promisedDays;
    String acceptanceConditions = "";
    String process = "";
    boolean feeCharged;
    String feeStandard = "";
    String placeAddress = "";
    String placeHours = "";
    Set<ServedParty> servedParties = EnumSet.of(ServedParty.NATURAL_PERSON);
    boolean kioskAvailable = true;
    Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    Set<DeviceKind> requiredDevices = EnumSet.of(DeviceKind.ID_CARD_READER);
    int displayOrder = 1000;
    final List<Material> materials = new ArrayList<>();
    final List<FormField> formFields = new ArrayList<>();
    /** False for an item that is not stored yet: only then may its code be chosen. */
    boolean stored;

    static ItemDraft newItem(String departmentCode) {
        ItemDraft draft = new ItemDraft();
        draft.departmentCode = departmentCode;
        return draft;
    }

    static ItemDraft of(ServiceItem item, Optional<FormSchema> form) {
        ItemDraft draft = new ItemDraft();
        draft.code = item.code();
        draft.name = item.name();
        draft.nameEn = item.nameEn();
        draft.departmentCode = item.departmentCode();
        draft.type = item.type();
        draft.caseType = item.limits().caseType();
        draft.legalDays = item.limits().legalDays();
        draft.promisedDays = item.limits().promisedDays();
        draft.acceptanceConditions = item.acceptanceConditions();
        draft.process = item.process();
        draft.feeCharged = item.fee().charged();
        draft.feeStandard = item.fee().standard();
        draft.placeAddress = item.place().address();
        draft.placeHours = item.place().hours();
        draft.servedParties = EnumSet.noneOf(ServedParty.class);
        draft.servedParties.addAll(item.servedParties());
        draft.kioskAvailable = item.kioskAvailable();
        draft.flags = EnumSet.noneOf(ItemFlag.class);
        draft.flags.addAll(item.flags());
        draft.requiredDevices = EnumSet.noneOf(DeviceKind.class);
        draft.requiredDevices.addAll(item.requiredDevices());
        draft.displayOrder = item.displayOrder();
        draft.materials.addAll(item.materials());
        form.ifPresent(schema -> draft.formFields.addAll(schema.fields()));
        draft.stored = true;
        return draft;
    }

    /** @throws IllegalArgumentException when the time limits contradict each other */
    ServiceItem toItem() {
        return new ServiceItem(code.strip(), name.strip(), nameEn.strip(), departmentCode, type,
                new TimeLimits(caseType, legalDays, promisedDays), acceptanceConditions.strip(), process.strip(),
                materials, new Fee(feeCharged, feeCharged ? feeStandard.strip() : ""),
                new ServicePlace(placeAddress.strip(), placeHours.strip()), servedParties, kioskAvailable, flags,
                requiredDevices, displayOrder);
    }

    FormSchema toForm() {
        return new FormSchema(code.strip(), formFields);
    }
}
