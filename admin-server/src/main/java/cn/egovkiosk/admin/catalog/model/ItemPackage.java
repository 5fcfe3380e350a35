package cn.egovkiosk.admin.catalog.model;

import java.util.List;

/**
 * A 一件事 package: several items done as one, with one merged form and one merged list of materials
 * ({@link PackageMerge}).
 *
 * @param code      the package code
 * @param name      e.g. 新生儿出生一件事
 * @param themeCode the life event it belongs to
 * @param itemCodes its items, in the order they are handled
 */
public record ItemPackage(String code, String name, String themeCode, List<String> itemCodes) {

    public ItemPackage {
        itemCodes = List.copyOf(itemCodes);
        if (itemCodes.size() < 2 || itemCodes.stream().distinct().count() != itemCodes.size()) {
            throw new IllegalArgumentException("package " + code + " needs two or more distinct items");
        }
    }
}
