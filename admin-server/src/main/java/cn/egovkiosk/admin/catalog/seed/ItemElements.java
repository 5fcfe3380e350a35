package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Fee;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.Material.MaterialForm;
import cn.egovkiosk.admin.catalog.model.Material.MaterialSource;
import cn.egovkiosk.admin.catalog.model.ServicePlace;
import cn.egovkiosk.admin.catalog.model.TimeLimits;
import cn.egovkiosk.admin.catalog.seed.WordLists.DepartmentWords;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The elements of a generated item, made to agree with its action and flags. */
final class ItemElements {

    static final String ID_CARD = "居民身份证";
    private static final int[] IMMEDIATE_LEGAL_DAYS = {1, 5, 10, 15, 20};
    private static final int[] PROMISED_LEGAL_DAYS = {10, 15, 20, 30, 60};

    private ItemElements() {
    }

    static TimeLimits limits(ItemAction action, Set<ItemFlag> flags, Random random) {
        if (flags.contains(ItemFlag.INSTANT_APPROVAL) || action == ItemAction.QUERY || action == ItemAction.PRINT) {
            return new TimeLimits(CaseType.IMMEDIATE, pick(IMMEDIATE_LEGAL_DAYS, random), 0);
        }
        int legal = pick(PROMISED_LEGAL_DAYS, random);
        return new TimeLimits(CaseType.PROMISED, legal, Math.max(1, legal / (2 + random.nextInt(4))));
    }

    /**
     * The ID card first; nothing else for 一证通办; for 免证办 nothing else to bring (certificates come by sharing,
     * forms are filled on screen); otherwise at least one thing to bring.
     */
    static List<Material> materials(String subject, ItemAction action, Set<ItemFlag> flags, DepartmentWords dept) {
        List<Material> materials = new ArrayList<>();
        materials.add(new Material(ID_CARD, MaterialForm.ORIGINAL, 1, MaterialSource.GOVERNMENT, false, true));
        if (flags.contains(ItemFlag.ID_CARD_ONLY)) {
            return materials;
        }
        boolean shared = flags.contains(ItemFlag.NO_CERTIFICATE_NEEDED);
        MaterialForm filled = shared ? MaterialForm.ELECTRONIC : MaterialForm.ORIGINAL;
        switch (action) {
            case APPLY -> {
                materials.add(new Material(subject + "申请表", filled, 1, MaterialSource.APPLICANT, false, true));
                materials.add(new Material("本人银行账户信息", shared ? MaterialForm.ELECTRONIC : MaterialForm.COPY, 1,
                        MaterialSource.OTHER_ORGANISATION, false, true));
            }
            case REGISTER -> {
                materials.add(new Material(subject + "登记表", filled, 1, MaterialSource.APPLICANT, false, true));
                materials.add(new Material("户口簿", MaterialForm.ORIGINAL_AND_COPY, 1, MaterialSource.GOVERNMENT,
                        shared, false));
            }
            case CHANGE -> materials.add(new Material("变更申请表", filled, 1, MaterialSource.APPLICANT, false, true));
            case REISSUE -> materials.add(new Material("遗失或损毁情况说明", filled, 1, MaterialSource.APPLICANT, false,
                    true));
            case CANCEL -> materials.add(new Material("注销申请书", filled, 1, MaterialSource.APPLICANT, false, true));
            case QUERY, PRINT -> {
                // the card identifies the applicant; what is queried or printed is the department's own data
            }
        }
        if (dept.certificate() != null && materials.stream().noneMatch(m -> m.name().equals(dept.certificate().zh()))) {
            materials.add(new Material(dept.certificate().zh(), MaterialForm.ORIGINAL_AND_COPY, 1,
                    MaterialSource.GOVERNMENT, shared, true));
        } else if (!shared) {
            materials.add(new Material(subject + "相关证明材料", MaterialForm.COPY, 1,
                    MaterialSource.OTHER_ORGANISATION, false, true));
        }
        return materials;
    }

    /** A replacement document costs its production fee; everything else is free. */
    static Fee fee(ItemAction action) {
        return action == ItemAction.REISSUE
                ? new Fee(true, "工本费每证 20 元（依据国家发展改革委、财政部核定的证照工本费标准）")
                : Fee.FREE;
    }

    static Set<DeviceKind> devices(ItemAction action, Fee fee, boolean kiosk) {
        if (!kiosk) {
            return Set.of();
        }
        Set<DeviceKind> devices = EnumSet.of(DeviceKind.ID_CARD_READER,
                action == ItemAction.PRINT ? DeviceKind.DOCUMENT_PRINTER : DeviceKind.RECEIPT_PRINTER);
        if (fee.charged()) {
            devices.add(DeviceKind.CODE_SCANNER); // the fee is paid by scanning a payment code
        }
        return devices;
    }

    static String acceptanceConditions(String subject, ItemAction action) {
        String who = "申请人为本区户籍居民、持本区居住证人员或在本区登记注册的单位；";
        return who + switch (action) {
            case QUERY -> "查询本人" + subject + "信息，或经本人书面授权。";
            case PRINT -> "打印本人" + subject + "证明，申请人持有效身份证件。";
            case APPLY -> "符合" + subject + "相关政策规定的条件，申请材料齐全、符合法定形式。";
            case REGISTER -> "登记事项真实，申请材料齐全、符合法定形式。";
            case CHANGE -> "原登记的" + subject + "事项已发生变化，申请材料齐全。";
            case REISSUE -> "原" + subject + "相关证件遗失或损毁。";
            case CANCEL -> "无未办结的" + subject + "相关业务。";
        };
    }

    static String process(Set<ItemFlag> flags, boolean kiosk) {
        if (flags.contains(ItemFlag.INSTANT_APPROVAL)) {
            return "刷身份证核验身份 → 系统调取共享数据比对 → 规则自动审批 → 当场打印结果";
        }
        if (kiosk) {
            return "刷身份证核验身份 → 填写申请表（自动预填） → 提交材料 → 部门审核 → 短信告知结果";
        }
        return "窗口受理 → 审查 → 决定 → 送达";
    }

    static ServicePlace place(District district, int departmentNumber, boolean kiosk) {
        String address = district.name() + "政务服务中心 " + departmentNumber + " 号窗口";
        String hours = "周一至周五 8:30—12:00、14:30—17:30（法定节假日除外）";
        return kiosk ? new ServicePlace(address + "；" + district.name() + "各 e政务自助服务点", hours + "；自助终端 24 小时")
                : new ServicePlace(address, hours);
    }

    private static int pick(int[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
