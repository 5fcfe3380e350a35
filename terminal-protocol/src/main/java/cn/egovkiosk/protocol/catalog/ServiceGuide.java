package cn.egovkiosk.protocol.catalog;

import java.util.List;

/**
 * 办事指南: the implementation-list elements a resident reads before applying, as the kiosk shows and prints them.
 * Texts are zh-CN as published by the department.
 *
 * @param itemType             事项类型, the enum name of the server's type (e.g. {@code ADMINISTRATIVE_LICENSE})
 * @param caseType             即办件 or 承诺件
 * @param legalDays            法定办结时限 in working days
 * @param promisedDays         承诺办结时限 in working days, 0 for 即办件
 * @param acceptanceConditions 受理条件
 * @param process              办理流程
 * @param materials            申请材料, in order
 * @param feeCharged           whether a fee is due
 * @param feeStandard          收费标准 and its basis, empty when free
 * @param placeAddress         办理地点
 * @param placeHours           办理时间
 * @param servedParties        服务对象, enum names of the server (e.g. {@code NATURAL_PERSON}, {@code LEGAL_PERSON})
 */
public record ServiceGuide(String itemType, CaseType caseType, int legalDays, int promisedDays,
        String acceptanceConditions, String process, List<GuideMaterial> materials, boolean feeCharged,
        String feeStandard, String placeAddress, String placeHours, List<String> servedParties) {

    /** A guide with nothing in it, for items published before guides travelled to kiosks. */
    public static final ServiceGuide EMPTY = new ServiceGuide("", CaseType.IMMEDIATE, 0, 0, "", "", List.of(), false,
            "", "", "", List.of());

    public ServiceGuide {
        itemType = orEmpty(itemType);
        caseType = caseType == null ? CaseType.IMMEDIATE : caseType;
        acceptanceConditions = orEmpty(acceptanceConditions);
        process = orEmpty(process);
        materials = materials == null ? List.of() : List.copyOf(materials);
        feeStandard = orEmpty(feeStandard);
        placeAddress = orEmpty(placeAddress);
        placeHours = orEmpty(placeHours);
        servedParties = servedParties == null ? List.of() : List.copyOf(servedParties);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** 即办件 (decided on the spot) or 承诺件 (decided within the promised days). */
    public enum CaseType {
        IMMEDIATE, PROMISED
    }
}
