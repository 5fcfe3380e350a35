package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.ItemPackage;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme;
import cn.egovkiosk.admin.catalog.seed.WordLists.LifeEventWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The 一件事 packages: each combines two to four kiosk items of the departments its life event involves. */
final class Packages {

    private Packages() {
    }

    static List<Theme> themes() {
        return WordLists.lifeEvents().stream().map(e -> new Theme(e.code(), e.name(), e.audience())).toList();
    }

    static List<ItemPackage> make(List<ServiceItem> kioskItems, String departmentPrefix, Random random) {
        List<ItemPackage> packages = new ArrayList<>();
        for (LifeEventWords event : WordLists.lifeEvents()) {
            List<String> departments = event.departmentCodes().stream().map(code -> departmentPrefix + code).toList();
            List<ServiceItem> candidates = kioskItems.stream()
                    .filter(item -> departments.contains(item.departmentCode())).toList();
            for (String name : event.packageNames()) {
                List<ServiceItem> shuffled = new ArrayList<>(candidates);
                Collections.shuffle(shuffled, random);
                int size = Math.min(shuffled.size(), 2 + random.nextInt(3));
                packages.add(new ItemPackage(departmentPrefix + "YJS%02d".formatted(packages.size() + 1), name,
                        event.code(), shuffled.subList(0, size).stream().map(ServiceItem::code).toList()));
            }
        }
        return packages;
    }
}
