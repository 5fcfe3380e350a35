package cn.egovkiosk.admin.catalog.model;

/**
 * A life event (主题) that groups 一件事 packages, for individuals or for companies.
 *
 * @param code     e.g. {@code BIRTH}
 * @param name     e.g. 出生
 * @param audience whose life cycle it belongs to
 */
public record Theme(String code, String name, Audience audience) {

    /** Whose life cycle a theme belongs to. */
    public enum Audience {
        PERSON, COMPANY
    }
}
