package cn.egovkiosk.admin.catalog.model;

/**
 * 收费: whether the item costs something, and the standard and its basis as published.
 *
 * @param charged  whether a fee is due
 * @param standard 收费标准 and its basis; empty when free
 */
public record Fee(boolean charged, String standard) {

    public static final Fee FREE = new Fee(false, "");

    public Fee {
        standard = standard == null ? "" : standard;
    }
}
