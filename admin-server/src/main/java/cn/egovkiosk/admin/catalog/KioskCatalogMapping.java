package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemPackage;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.PackageMerge;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme;
import cn.egovkiosk.admin.certificate.CertificateTemplate;
import cn.egovkiosk.admin.decision.InstantRuleBook;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogTheme;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.GuideMaterial;
import cn.egovkiosk.protocol.catalog.ServiceGuide;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin catalog model as kiosks get it: each kiosk item with its 办事指南, form, the shared data it reads (the
 * certificate's source and the sources its 秒批 rules read, see {@link CertificateTemplate#forItem} and
 * {@link InstantRuleBook}) and its certificate template; the 一件事 packages whose items are all at kiosks, with
 * their merged form and materials; and the life events of those packages.
 */
public final class KioskCatalogMapping {

    private KioskCatalogMapping() {
    }

    /** The kiosk content as now edited. */
    static KioskCatalogContent content(CatalogReader reader) {
        Map<String, Department> departments = reader.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        List<ServiceItem> kioskItems = reader.items().stream().filter(ServiceItem::kioskAvailable).toList();
        Map<String, ServiceItem> byCode = kioskItems.stream()
                .collect(Collectors.toMap(ServiceItem::code, Function.identity()));
        List<CatalogItem> items = kioskItems.stream()
                .map(item -> item(item, departments.get(item.departmentCode()), reader.form(item.code()))).toList();
        List<ItemPackage> packages = reader.packages().stream()
                .filter(pack -> byCode.keySet().containsAll(pack.itemCodes())).toList();
        Set<String> themeCodes = packages.stream().map(ItemPackage::themeCode).collect(Collectors.toSet());
        Map<String, String> packageNamesEn = reader.packageNamesEn();
        Map<String, String> themeNamesEn = reader.themeNamesEn();
        return new KioskCatalogContent(items,
                packages.stream().map(pack -> pack(pack, packageNamesEn.get(pack.code()), byCode, reader)).toList(),
                reader.themes().stream().filter(theme -> themeCodes.contains(theme.code()))
                        .map(theme -> theme(theme, themeNamesEn.get(theme.code()))).toList());
    }

    /** The shared sources an item reads: its certificate's and its rules'. */
    public static Set<DataSource> dataSources(ServiceItem item) {
        Set<DataSource> sources = EnumSet.noneOf(DataSource.class);
        CertificateTemplate.forItem(item.code()).ifPresent(template -> sources.add(template.source()));
        sources.addAll(InstantRuleBook.sources(item));
        return sources;
    }

    static CatalogItem item(ServiceItem item, Department department, Optional<FormSchema> form) {
        return new CatalogItem(item.code(), item.name(), item.nameEn(), department == null ? "" : department.name(),
                department == null ? "" : department.nameEn(), item.flags(), item.requiredDevices(), guide(item),
                form.map(KioskCatalogMapping::fields).orElse(List.of()), dataSources(item),
                CertificateTemplate.forItem(item.code()).map(Enum::name).orElse(""));
    }

    private static ServiceGuide guide(ServiceItem item) {
        return new ServiceGuide(item.type().name(), ServiceGuide.CaseType.valueOf(item.limits().caseType().name()),
                item.limits().legalDays(), item.limits().promisedDays(), item.acceptanceConditions(), item.process(),
                materials(item.materials()), item.fee().charged(), item.fee().standard(), item.place().address(),
                item.place().hours(), item.servedParties().stream().map(Enum::name).toList());
    }

    private static CatalogPackage pack(ItemPackage pack, String nameEn, Map<String, ServiceItem> items,
            CatalogReader reader) {
        List<ServiceItem> members = pack.itemCodes().stream().map(items::get).toList();
        FormSchema form = reader.form(pack.code()).orElseGet(() -> PackageMerge.form(pack,
                members.stream().map(item -> reader.form(item.code())).flatMap(Optional::stream).toList()));
        return new CatalogPackage(pack.code(), pack.name(), nameEn, pack.themeCode(), pack.itemCodes(), fields(form),
                materials(PackageMerge.materials(members)));
    }

    private static CatalogTheme theme(Theme theme, String nameEn) {
        return new CatalogTheme(theme.code(), theme.name(), nameEn,
                CatalogTheme.Audience.valueOf(theme.audience().name()));
    }

    private static List<FormField> fields(FormSchema form) {
        return form.fields().stream().map(field -> new FormField(field.key(), field.label(), "",
                FormField.FieldType.valueOf(field.type().name()), field.required(), field.pattern(), field.maxLength(),
                FormField.PrefillSource.valueOf(field.prefill().name()))).toList();
    }

    private static List<GuideMaterial> materials(List<Material> materials) {
        return materials.stream().map(m -> new GuideMaterial(m.name(), m.form().name(), m.copies(), m.source().name(),
                m.sharingExempt(), m.required())).toList();
    }
}
