package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.Fee;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemType;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.ServicePlace;
import cn.egovkiosk.admin.catalog.model.TimeLimits;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Draft edits for tests that need the draft to differ from what terminals run. */
public final class CatalogEditingFixtures {

    private CatalogEditingFixtures() {
    }

    /** Adds a new kiosk item to the draft, as an administrator would; returns its code. */
    public static String newKioskItem(CatalogEditing editing, String name) {
        Department department = editing.departments().getFirst();
        String code = department.creditCode() + String.format("%013d",
                ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        ServiceItem item = new ServiceItem(code, name, "Test item " + code, department.code(), ItemType.PUBLIC_SERVICE,
                new TimeLimits(CaseType.IMMEDIATE, 5, 0), "", "", List.of(), Fee.FREE, new ServicePlace("", ""),
                Set.of(ServedParty.NATURAL_PERSON), true, Set.of(ItemFlag.SELF_SERVICE),
                Set.of(DeviceKind.ID_CARD_READER), 5000);
        editing.save(item, new FormSchema(code, List.of()), true, "editor");
        return code;
    }
}
