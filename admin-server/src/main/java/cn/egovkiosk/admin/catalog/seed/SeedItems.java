package cn.egovkiosk.admin.catalog.seed;

import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The seven hand-written items of migration V2 (the kiosk, the protocol fixtures and the demo know their codes).
 * The generator keeps their codes, names, flags and devices and adds the other elements.
 */
final class SeedItems {

    record SeedItem(String code, String name, String subject, String nameEn, String departmentCode, ItemAction action,
            Set<ItemFlag> flags, Set<DeviceKind> devices, int displayOrder) {
    }

    private static final Set<DeviceKind> RECEIPT = EnumSet.of(DeviceKind.ID_CARD_READER, DeviceKind.RECEIPT_PRINTER);
    private static final Set<DeviceKind> DOCUMENT =
            EnumSet.of(DeviceKind.ID_CARD_READER, DeviceKind.DOCUMENT_PRINTER);

    static final List<SeedItem> ALL = List.of(
            new SeedItem("11350203MB0000001A4442115002000", "城乡居民基本养老保险参保登记", "城乡居民基本养老保险",
                    "Basic pension insurance enrolment for urban and rural residents", "HRSS", ItemAction.REGISTER,
                    EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.ID_CARD_ONLY), RECEIPT, 10),
            new SeedItem("11350203MB0000002B4442115003000", "社会保险参保缴费记录查询", "社会保险参保缴费记录",
                    "Social insurance contribution record", "HRSS", ItemAction.QUERY,
                    EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.INSTANT_APPROVAL, ItemFlag.NO_CERTIFICATE_NEEDED),
                    DOCUMENT, 20),
            new SeedItem("11350203MB0000003C4442115004000", "失业保险金申领", "失业保险金", "Unemployment insurance benefit claim",
                    "HRSS", ItemAction.APPLY, EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.NO_CERTIFICATE_NEEDED),
                    RECEIPT, 30),
            new SeedItem("12350200MB0000004D4442116001000", "住房公积金缴存证明打印", "住房公积金缴存",
                    "Housing provident fund contribution certificate", "HPF", ItemAction.PRINT,
                    EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.INSTANT_APPROVAL, ItemFlag.ID_CARD_ONLY), DOCUMENT, 40),
            new SeedItem("12350200MB0000005E4442116002000", "住房公积金提取（租房）", "住房公积金租房提取",
                    "Housing provident fund withdrawal for rent", "HPF", ItemAction.APPLY,
                    EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.INSTANT_APPROVAL, ItemFlag.NO_CERTIFICATE_NEEDED),
                    RECEIPT, 50),
            new SeedItem("11350203MB0000006F4442117001000", "老年人优待证办理", "老年人优待证", "Senior citizen preferential card",
                    "CA", ItemAction.APPLY, EnumSet.of(ItemFlag.SELF_SERVICE, ItemFlag.ID_CARD_ONLY), RECEIPT, 60),
            new SeedItem("11350203MB0000007G4442117002000", "最低生活保障申请", "最低生活保障", "Minimum living allowance application",
                    "CA", ItemAction.APPLY, EnumSet.of(ItemFlag.NO_CERTIFICATE_NEEDED),
                    EnumSet.of(DeviceKind.ID_CARD_READER, DeviceKind.CODE_SCANNER, DeviceKind.RECEIPT_PRINTER), 70));

    private SeedItems() {
    }
}
