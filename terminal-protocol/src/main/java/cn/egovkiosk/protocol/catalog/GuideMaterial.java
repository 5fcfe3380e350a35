package cn.egovkiosk.protocol.catalog;

/**
 * One 申请材料 of a service guide.
 *
 * @param name          材料名称
 * @param form          材料形式, enum name of the server: {@code ORIGINAL}, {@code COPY}, {@code ORIGINAL_AND_COPY},
 *                      {@code ELECTRONIC}
 * @param copies        份数
 * @param source        来源渠道, enum name of the server: {@code APPLICANT}, {@code GOVERNMENT},
 *                      {@code OTHER_ORGANISATION}
 * @param sharingExempt true when data sharing replaces it (免提交): the resident need not bring it
 * @param required      false for materials needed only in some cases
 */
public record GuideMaterial(String name, String form, int copies, String source, boolean sharingExempt,
        boolean required) {
}
