package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import cn.egovkiosk.protocol.catalog.ServiceGuide;
import cn.egovkiosk.protocol.catalog.ServiceGuide.CaseType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A 一件事 package as one applicable item: its code and names, the package's one form and materials, and what its
 * items need together (devices, data sources, the longest time limit). The screens after the choice, the submission
 * (package code as item code) and the receipt then treat it like any item.
 */
public final class PackageItem {

    private PackageItem() {
    }

    public static CatalogItem of(CatalogPackage pack, CatalogIndex index) {
        List<CatalogItem> items = pack.itemCodes().stream().flatMap(code -> index.item(code).stream()).toList();
        Set<String> departments = new LinkedHashSet<>();
        Set<String> departmentsEn = new LinkedHashSet<>();
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        Set<DeviceKind> devices = EnumSet.noneOf(DeviceKind.class);
        Set<DataSource> sources = EnumSet.noneOf(DataSource.class);
        Set<String> conditions = new LinkedHashSet<>();
        int legalDays = 0;
        int promisedDays = 0;
        boolean promised = false;
        boolean fee = false;
        for (CatalogItem item : items) {
            departments.add(item.department());
            departmentsEn.add(item.departmentEn());
            flags.addAll(item.flags());
            devices.addAll(item.requiredDevices());
            sources.addAll(item.dataSources());
            ServiceGuide guide = item.guide();
            if (!guide.acceptanceConditions().isBlank()) {
                conditions.add(guide.acceptanceConditions());
            }
            legalDays = Math.max(legalDays, guide.legalDays());
            promisedDays = Math.max(promisedDays, guide.promisedDays());
            promised |= guide.caseType() == CaseType.PROMISED;
            fee |= guide.feeCharged();
        }
        ServiceGuide first = items.isEmpty() ? ServiceGuide.EMPTY : items.getFirst().guide();
        ServiceGuide guide = new ServiceGuide("ONE_THING_PACKAGE", promised ? CaseType.PROMISED : CaseType.IMMEDIATE,
                legalDays, promisedDays, String.join("\n", conditions), first.process(), pack.materials(), fee,
                fee ? first.feeStandard() : "", first.placeAddress(), first.placeHours(), first.servedParties());
        return new CatalogItem(pack.code(), pack.name(), pack.nameEn(), String.join("、", departments),
                String.join(", ", departmentsEn.stream().filter(name -> !name.isBlank()).toList()), flags, devices,
                guide, pack.form(), sources, "");
    }
}
