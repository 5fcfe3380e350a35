package cn.egovkiosk.protocol.catalog;

import java.util.List;

/**
 * A 一件事 package as a kiosk shows it: several items applied for with one form and one list of materials.
 *
 * @param code      the package code; a submission for the package carries it as its item code
 * @param name      e.g. 新生儿出生一件事
 * @param nameEn    the name in English, may be empty
 * @param themeCode the life event ({@link CatalogTheme#code()}) it belongs to
 * @param itemCodes its items, in the order they are handled
 * @param form      the merged form: each field once
 * @param materials the merged list of materials: each material once
 */
public record CatalogPackage(String code, String name, String nameEn, String themeCode, List<String> itemCodes,
        List<FormField> form, List<GuideMaterial> materials) {

    public CatalogPackage {
        nameEn = nameEn == null ? "" : nameEn;
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        form = form == null ? List.of() : List.copyOf(form);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
