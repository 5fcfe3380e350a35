package cn.egovkiosk.admin.catalog.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.ManagementApi;
import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.PackageMerge;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AuditLog;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;

/**
 * Packages and life events over the management API: the same rules and audit as the admin UI, answered as
 * 201/200/204, 400 naming the rule, 404 and 409.
 */
// the context of the catalog editor's tests: the storage checks of the seed want the draft as generated
@TestPropertySource(properties = "admin.rollout.check-interval=1h")
class LifeEventApiTest extends AdminServerTestSupport {

    private static final TypeReference<List<PackageEdit>> PACKAGES = new TypeReference<>() { };
    private static final TypeReference<List<ThemeEdit>> THEMES = new TypeReference<>() { };
    private static final TypeReference<PackageEdit> PACKAGE = new TypeReference<>() { };
    private static final TypeReference<ThemeEdit> THEME = new TypeReference<>() { };

    @Autowired
    CatalogReader reader;
    @Autowired
    AuditLog audit;
    ManagementApi editor;

    @BeforeEach
    void editor() {
        editor = new ManagementApi(port, "editor");
    }

    private List<ServiceItem> kioskItems(int count) {
        List<ServiceItem> items = new ArrayList<>(reader.items().stream().filter(ServiceItem::kioskAvailable)
                .toList());
        java.util.Collections.shuffle(items, ThreadLocalRandom.current());
        return items.subList(0, count);
    }

    private static String newCode(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static void assertRule(HttpResponse<String> response, String key) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(key);
    }

    @Test
    void theSeededPackagesAndLifeEventsAreListed() {
        List<PackageEdit> packages = ManagementApi.read(editor.get("/catalog/packages"), PACKAGES);
        List<ThemeEdit> themes = ManagementApi.read(editor.get("/catalog/themes"), THEMES);

        assertThat(packages).hasSizeGreaterThanOrEqualTo(35);
        assertThat(themes).hasSizeGreaterThanOrEqualTo(13)
                .anySatisfy(theme -> assertThat(theme.audience()).isEqualTo(Audience.COMPANY));
        ThemeEdit birth = themes.stream().filter(t -> t.code().equals("BIRTH")).findFirst().orElseThrow();
        List<PackageEdit> ofBirth = ManagementApi.read(editor.get("/catalog/packages?theme=BIRTH"), PACKAGES);
        assertThat(ofBirth).extracting(PackageEdit::code).isEqualTo(birth.packageCodes()).isNotEmpty();
        assertThat(ofBirth).allSatisfy(p -> assertThat(p.itemCodes()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aPackageIsCreatedUpdatedPreviewedAndDeletedWithAnAuditOfEach() {
        List<ServiceItem> items = kioskItems(3);
        String code = newCode("APIPKG");
        PackageEdit created = new PackageEdit(code, "接口测试一件事", "API test package", "BIRTH",
                items.subList(0, 2).stream().map(ServiceItem::code).toList(), 900);

        HttpResponse<String> post = editor.post("/catalog/packages", created);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        assertThat(ManagementApi.read(post, PACKAGE)).isEqualTo(created);
        assertThat(editor.post("/catalog/packages", created).statusCode()).isEqualTo(409);

        PackageEdit changed = new PackageEdit(code, "接口测试一件事（修订）", "API test package, revised", "BIRTH",
                items.stream().map(ServiceItem::code).toList(), 900);
        assertThat(ManagementApi.read(editor.put("/catalog/packages/" + code, changed), PACKAGE)).isEqualTo(changed);
        PackagePreview preview = ManagementApi.read(editor.get("/catalog/packages/" + code + "/preview"),
                new TypeReference<>() { });
        assertThat(preview.materials()).extracting(Material::name)
                .containsExactlyElementsOf(PackageMerge.materials(items).stream().map(Material::name).toList());
        assertThat(audit.latest(1).getFirst()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("editor");
            assertThat(entry.action()).isEqualTo("catalog.package.update");
            assertThat(entry.subject()).isEqualTo("PACKAGE " + code);
            assertThat(entry.before()).contains("接口测试一件事\"").doesNotContain("修订");
            assertThat(entry.after()).contains("接口测试一件事（修订）", items.get(2).code());
        });

        assertThat(editor.delete("/catalog/packages/" + code).statusCode()).isEqualTo(204);
        assertThat(editor.get("/catalog/packages/" + code).statusCode()).isEqualTo(404);
        assertThat(editor.delete("/catalog/packages/" + code).statusCode()).isEqualTo(404);
        assertThat(audit.latest(1).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("catalog.package.delete");
            assertThat(entry.before()).contains("接口测试一件事（修订）");
            assertThat(entry.after()).isNull();
        });
    }

    @Test
    void aPackageBreakingARuleIsRefusedNamingTheRule() {
        List<String> two = kioskItems(2).stream().map(ServiceItem::code).toList();
        String code = newCode("APIBAD");
        String notKiosk = reader.items().stream().filter(item -> !item.kioskAvailable()).findFirst().orElseThrow()
                .code();

        assertRule(editor.post("/catalog/packages", new PackageEdit(code, "一项", "", "BIRTH", two.subList(0, 1), 1)),
                "catalog.package.items.tooFew");
        assertRule(editor.post("/catalog/packages", new PackageEdit(code, "重复", "", "BIRTH",
                List.of(two.getFirst(), two.getFirst()), 1)), "catalog.package.items.duplicate");
        assertRule(editor.post("/catalog/packages", new PackageEdit(code, "不存在", "", "BIRTH",
                List.of(two.getFirst(), "NO-SUCH-ITEM"), 1)), "catalog.package.items.unknown");
        assertRule(editor.post("/catalog/packages", new PackageEdit(code, "非终端", "", "BIRTH",
                List.of(two.getFirst(), notKiosk), 1)), "catalog.package.items.notKiosk");
        assertRule(editor.post("/catalog/packages", new PackageEdit("bad code", "名称", "", "BIRTH", two, 1)),
                "catalog.package.code.invalid");
        assertRule(editor.post("/catalog/packages", new PackageEdit(code, " ", "", "BIRTH", two, 1)),
                "catalog.package.name.required");
        assertRule(editor.post("/catalog/packages", new PackageEdit(code, "名称", "", "NO_SUCH_THEME", two, 1)),
                "catalog.package.theme.required");
        assertThat(editor.put("/catalog/packages/" + code, new PackageEdit(code, "名称", "", "BIRTH", two, 1))
                .statusCode()).isEqualTo(404);
        assertRule(editor.put("/catalog/packages/OTHER", new PackageEdit(code, "名称", "", "BIRTH", two, 1)),
                "differs");
        assertThat(editor.post("/catalog/packages", "{\"code\":").statusCode()).isEqualTo(400);
        assertThat(editor.get("/catalog/packages/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void aLifeEventIsRenamedTakesAPackageAndCannotDropOneOrBeDeletedWhileItHasSome() {
        String code = newCode("EVENT");
        ThemeEdit created = new ThemeEdit(code, "接口测试主题", "API life event", Audience.COMPANY, 50, List.of());
        HttpResponse<String> post = editor.post("/catalog/themes", created);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        assertThat(editor.post("/catalog/themes", created).statusCode()).isEqualTo(409);
        String packageCode = newCode("EVPKG");
        assertThat(editor.post("/catalog/packages", new PackageEdit(packageCode, "主题测试一件事", "", "BIRTH",
                kioskItems(2).stream().map(ServiceItem::code).toList(), 5)).statusCode()).isEqualTo(201);

        ThemeEdit taking = new ThemeEdit(code, "接口测试主题（改）", "API life event", Audience.COMPANY, 50,
                List.of(packageCode));
        assertThat(ManagementApi.read(editor.put("/catalog/themes/" + code, taking), THEME)).isEqualTo(taking);
        assertThat(ManagementApi.read(editor.get("/catalog/packages/" + packageCode), PACKAGE).themeCode())
                .isEqualTo(code);
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("catalog.theme.update");

        assertRule(editor.put("/catalog/themes/" + code, new ThemeEdit(code, "名称", "", Audience.COMPANY, 50,
                List.of())), "catalog.theme.packages.kept");
        assertRule(editor.put("/catalog/themes/" + code, new ThemeEdit(code, "名称", "", null, 50,
                List.of(packageCode))), "catalog.theme.audience.required");
        assertRule(editor.put("/catalog/themes/" + code, new ThemeEdit(code, "名称", "", Audience.PERSON, 50,
                List.of(packageCode, "NO-SUCH-PACKAGE"))), "catalog.theme.packages.unknown");
        assertThat(editor.put("/catalog/themes/NOSUCH", new ThemeEdit("NOSUCH", "名称", "", Audience.PERSON, 1,
                List.of())).statusCode()).isEqualTo(404);
        assertThat(editor.delete("/catalog/themes/" + code).statusCode()).isEqualTo(409);

        assertThat(editor.delete("/catalog/packages/" + packageCode).statusCode()).isEqualTo(204);
        assertThat(editor.delete("/catalog/themes/" + code).statusCode()).isEqualTo(204);
        assertThat(editor.get("/catalog/themes/" + code).statusCode()).isEqualTo(404);
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("catalog.theme.delete");
    }
}
