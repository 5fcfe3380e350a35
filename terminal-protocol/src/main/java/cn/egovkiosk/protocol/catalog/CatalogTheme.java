package cn.egovkiosk.protocol.catalog;

/**
 * A life event (主题) that groups 一件事 packages.
 *
 * @param code     e.g. {@code BIRTH}
 * @param name     e.g. 出生
 * @param nameEn   the name in English, may be empty
 * @param audience whose life cycle it belongs to
 */
public record CatalogTheme(String code, String name, String nameEn, Audience audience) {

    public CatalogTheme {
        nameEn = nameEn == null ? "" : nameEn;
        audience = audience == null ? Audience.PERSON : audience;
    }

    /** Individuals (个人) or companies (法人). */
    public enum Audience {
        PERSON, COMPANY
    }
}
