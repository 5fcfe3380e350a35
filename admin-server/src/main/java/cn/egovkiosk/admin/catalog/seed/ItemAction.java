package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.ItemType;
import java.util.EnumSet;
import java.util.Set;

/** What a generated item does with its subject; the name is subject + action, e.g. 居住证 + 补办. */
enum ItemAction {
    QUERY("查询", "enquiry", ItemType.PUBLIC_SERVICE),
    PRINT("证明打印", "certificate printing", ItemType.PUBLIC_SERVICE),
    APPLY("申请", "application", ItemType.BENEFIT),
    REGISTER("登记", "registration", ItemType.CONFIRMATION),
    CHANGE("变更", "change", ItemType.FILING),
    REISSUE("补办", "reissue", ItemType.CONFIRMATION),
    CANCEL("注销", "cancellation", ItemType.FILING);

    // rules can decide these at once from shared data (秒批)
    private static final Set<ItemAction> INSTANT = EnumSet.of(QUERY, PRINT, CHANGE, REISSUE);
    // the ID card alone is enough to do these (一证通办)
    private static final Set<ItemAction> ID_CARD_ONLY = EnumSet.of(QUERY, PRINT, REGISTER, REISSUE);
    // a counter is still needed for these when not at a kiosk
    private static final Set<ItemAction> WINDOW = EnumSet.of(APPLY, REGISTER, CHANGE, CANCEL);

    final String zh;
    final String en;
    final ItemType type;

    ItemAction(String zh, String en, ItemType type) {
        this.zh = zh;
        this.en = en;
        this.type = type;
    }

    boolean instantCapable() {
        return INSTANT.contains(this);
    }

    boolean idCardOnlyCapable() {
        return ID_CARD_ONLY.contains(this);
    }

    boolean selfServiceCapable() {
        return this != CANCEL;
    }

    boolean windowCapable() {
        return WINDOW.contains(this);
    }
}
