package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemPackage;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme;
import java.util.List;

/**
 * A generated catalog.
 *
 * @param forms one form schema per item, under the item's code
 */
public record DemoCatalog(List<Department> departments, List<ServiceItem> items, List<FormSchema> forms,
        List<Theme> themes, List<ItemPackage> packages) {

    public DemoCatalog {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        forms = List.copyOf(forms);
        themes = List.copyOf(themes);
        packages = List.copyOf(packages);
    }

    /** The items published to kiosks. */
    public List<ServiceItem> kioskItems() {
        return items.stream().filter(ServiceItem::kioskAvailable).toList();
    }
}
