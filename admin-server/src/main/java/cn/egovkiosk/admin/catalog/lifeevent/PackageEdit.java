package cn.egovkiosk.admin.catalog.lifeevent;

import java.util.List;

/**
 * A 一件事 package as administrators edit it: the model's {@code ItemPackage} plus its English name and its place
 * in lists. Unlike {@code ItemPackage} it may break rules (it is what someone typed); {@link LifeEventRules} says
 * which.
 *
 * @param code         the package code, e.g. {@code SMYJS01}
 * @param name         e.g. 新生儿出生一件事
 * @param nameEn       the name in English, may be empty
 * @param themeCode    the life event it belongs to
 * @param itemCodes    its items, in the order they are handled
 * @param displayOrder position in lists, low first
 */
public record PackageEdit(String code, String name, String nameEn, String themeCode, List<String> itemCodes,
        int displayOrder) {

    public PackageEdit {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        themeCode = themeCode == null ? "" : themeCode;
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }
}
