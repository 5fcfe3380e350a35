package cn.egovkiosk.admin.catalog.model;

/**
 * One material (申请材料) an item asks for.
 *
 * @param name          材料名称
 * @param form          材料形式
 * @param copies        份数
 * @param source        来源渠道
 * @param sharingExempt true when data sharing replaces it: the applicant need not bring it (免提交)
 * @param required      材料必要性: false for materials needed only in some cases
 */
public record Material(String name, MaterialForm form, int copies, MaterialSource source, boolean sharingExempt,
        boolean required) {

    /** 材料形式. */
    public enum MaterialForm {
        ORIGINAL, COPY, ORIGINAL_AND_COPY, ELECTRONIC
    }

    /** 来源渠道. */
    public enum MaterialSource {
        /** 申请人自备, e.g. a statement or a contract. */
        APPLICANT,
        /** 政府部门核发: a certificate a government body issued, so it can be fetched by sharing. */
        GOVERNMENT,
        /** 其他机构出具, e.g. a hospital or a bank. */
        OTHER_ORGANISATION
    }
}
