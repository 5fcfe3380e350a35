package cn.egovkiosk.admin.catalog.model;

/**
 * An implementing department (实施主体).
 *
 * @param code       short code used inside this server, e.g. {@code HRSS}
 * @param name       the department's name (zh-CN)
 * @param nameEn     the name in English
 * @param creditCode its unified social credit code (统一社会信用代码, GB 32100), the prefix of its items' codes
 */
public record Department(String code, String name, String nameEn, String creditCode) {
}
