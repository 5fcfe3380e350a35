package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.Optional;

/**
 * What a resident narrowed the catalog to on the home screen.
 *
 * @param text       Chinese text, English words or pinyin initials; blank for all
 * @param department the implementing department's Chinese name, if one was chosen
 * @param flag       the kind of item (自助办, 秒批 …), if one was chosen
 */
public record CatalogQuery(String text, Optional<String> department, Optional<ItemFlag> flag) {

    public static final CatalogQuery ALL = new CatalogQuery("", Optional.empty(), Optional.empty());

    public CatalogQuery {
        text = text == null ? "" : text;
    }

    public CatalogQuery withText(String changed) {
        return new CatalogQuery(changed, department, flag);
    }

    public CatalogQuery withDepartment(Optional<String> changed) {
        return new CatalogQuery(text, changed, flag);
    }

    public CatalogQuery withFlag(Optional<ItemFlag> changed) {
        return new CatalogQuery(text, department, changed);
    }
}
