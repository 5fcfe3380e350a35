package cn.egovkiosk.admin.catalog.editor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.ManagementApi;
import cn.egovkiosk.admin.catalog.lifeevent.PackageEditing;
import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.Fee;
import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormField.FieldType;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.ItemType;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.Material.MaterialForm;
import cn.egovkiosk.admin.catalog.model.Material.MaterialSource;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.ServicePlace;
import cn.egovkiosk.admin.catalog.model.TimeLimits;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;

/** Item editing over the management API: the UI's rules and audit, 201/200, 400 naming the rule, 404, 409. */
// the context of the catalog editor's tests: the items added here would upset the storage checks of the seed
@TestPropertySource(properties = "admin.rollout.check-interval=1h")
class CatalogItemEditingApiTest extends AdminServerTestSupport {

    @Autowired
    CatalogEditing editing;
    @Autowired
    AuditLog audit;
    @Autowired
    PackageEditing packages;

    private ServiceItem item(String code, String name, int promisedDays) {
        Department department = editing.departments().getFirst();
        return new ServiceItem(code, name, "API item", department.code(), ItemType.PUBLIC_SERVICE,
                new TimeLimits(CaseType.PROMISED, 10, promisedDays), "年满 60 周岁", "受理、审核、办结",
                List.of(new Material("居民身份证", MaterialForm.ORIGINAL, 1, MaterialSource.GOVERNMENT, true, true)),
                Fee.FREE, new ServicePlace("思明区政务服务中心", "工作日 9:00-17:00"), Set.of(ServedParty.NATURAL_PERSON),
                true, Set.of(ItemFlag.SELF_SERVICE), Set.of(DeviceKind.ID_CARD_READER), 4000);
    }

    private String newCode() {
        return editing.departments().getFirst().creditCode() + String.format("%013d",
                ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static Map<String, Object> body(ServiceItem item, List<FormField> form) {
        return Map.of("item", item, "form", form);
    }

    @Test
    void anItemWithItsFormIsCreatedReadAndUpdatedWithAnAudit() {
        ManagementApi api = new ManagementApi(port, "editor");
        String code = newCode();
        List<FormField> form = List.of(new FormField("applicantName", "申请人姓名", FieldType.TEXT, true, "", 30,
                PrefillSource.ID_CARD_NAME));

        HttpResponse<String> created = api.post("/catalog/items", body(item(code, "接口新建事项", 3), form));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("接口新建事项", "applicantName");
        assertThat(api.post("/catalog/items", body(item(code, "接口新建事项", 3), form)).statusCode())
                .isEqualTo(409);
        FormSchema stored = ManagementApi.read(api.get("/catalog/items/" + code + "/form"), new TypeReference<>() { });
        assertThat(stored.fields()).isEqualTo(form);

        HttpResponse<String> updated = api.put("/catalog/items/" + code, body(item(code, "接口修改事项", 5), List.of()));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(editing.item(code).orElseThrow().name()).isEqualTo("接口修改事项");
        assertThat(editing.item(code).orElseThrow().limits().promisedDays()).isEqualTo(5);
        assertThat(audit.latest(1).getFirst()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("editor");
            assertThat(entry.action()).isEqualTo("catalog.item.update");
            assertThat(entry.before()).contains("接口新建事项", "applicantName");
            assertThat(entry.after()).contains("接口修改事项").doesNotContain("applicantName");
        });
        assertThat(editing.draftUnpublished()).isTrue();
    }

    @Test
    void badItemsAreRefusedNamingTheRuleAndUnknownOnesAre404() {
        ManagementApi api = new ManagementApi(port, "admin");
        String code = newCode();

        HttpResponse<String> foreignCode = api.post("/catalog/items", body(item("91350200000000000X" + "1234",
                "编码不属于部门", 3), List.of()));
        assertThat(foreignCode.statusCode()).isEqualTo(400);
        assertThat(foreignCode.body()).contains("catalog.item.code.department");
        HttpResponse<String> badField = api.post("/catalog/items", body(item(code, "字段键错误", 3),
                List.of(new FormField("1 bad", "标签", FieldType.TEXT, false, "", 10, PrefillSource.NONE))));
        assertThat(badField.statusCode()).isEqualTo(400);
        assertThat(badField.body()).contains("catalog.field.key.invalid");
        FormField phone = new FormField("phone", "电话", FieldType.PHONE, false, "", 20, PrefillSource.NONE);
        HttpResponse<String> twice = api.post("/catalog/items", body(item(code, "字段重复", 3), List.of(phone, phone)));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("field key twice");
        HttpResponse<String> missing = api.post("/catalog/items", "{\"item\":{\"code\":\"" + code
                + "\",\"kioskAvailable\":true,\"displayOrder\":1,\"materials\":[]}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("every element");
        assertThat(api.put("/catalog/items/" + code, body(item(code, "不存在", 3), List.of())).statusCode())
                .isEqualTo(404);
        assertThat(api.put("/catalog/items/OTHER", body(item(code, "路径不符", 3), List.of())).statusCode())
                .isEqualTo(400);
        assertThat(api.get("/catalog/items/" + code + "/form").statusCode()).isEqualTo(404);
        assertThat(editing.item(code)).isEmpty();
    }

    @Test
    void anItemInAPackageCannotBeTakenOffKiosksUntilThePackageLetsItGo() {
        ManagementApi api = new ManagementApi(port, "editor");
        String code = packages.packages("", null).getFirst().itemCodes().getFirst();
        String item = api.get("/catalog/items/" + code).body();
        String form = api.get("/catalog/items/" + code + "/form").body();
        assertThat(item).contains("\"kioskAvailable\":true");

        HttpResponse<String> refused = api.put("/catalog/items/" + code, "{\"item\":"
                + item.replace("\"kioskAvailable\":true", "\"kioskAvailable\":false") + ",\"form\":"
                + ManagementApi.<FormSchema>read(api.get("/catalog/items/" + code + "/form"), new TypeReference<>() { }).fields()
                        .stream().map(field -> ProtocolJson.mapper().writeValueAsString(field))
                        .collect(Collectors.joining(",", "[", "]")) + "}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains(packages.packages("", null).getFirst().code());
        assertThat(editing.item(code).orElseThrow().kioskAvailable()).isTrue();
        assertThat(form).isEqualTo(api.get("/catalog/items/" + code + "/form").body());
    }
}
