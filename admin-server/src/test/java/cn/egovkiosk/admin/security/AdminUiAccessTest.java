package cn.egovkiosk.admin.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The admin UI by role: the navigation lists exactly the views a role opens, a view outside the role is denied,
 * and over HTTP every page but the log-in sends an anonymous visitor to the log-in page.
 */
class AdminUiAccessTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    private static List<String> navigation() {
        return _find(RouterLink.class).stream().map(RouterLink::getText).toList();
    }

    @Test
    void eachRoleSeesTheViewsItMayOpen() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "editor", Role.CATALOG_EDITOR);
        assertThat(navigation()).containsSubsequence("终端", "事项目录", "一件事", "主题", "发布").doesNotContain("终端登记",
                "设备配置", "审计日志", "办件", "数据共享记录");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("editor");
        AdminUi.close();

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "technician", Role.TECHNICIAN);
        assertThat(navigation()).containsSubsequence("终端", "终端登记", "设备配置")
                .doesNotContain("事项目录", "一件事", "主题", "发布", "审计日志");
        AdminUi.close();

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "auditor", Role.AUDITOR);
        // auditors read the packages and life events (without save or delete, see PackagesViewTest)
        assertThat(navigation()).contains("终端", "一件事", "主题", "办件", "审计日志", "数据共享记录")
                .doesNotContain("事项目录", "发布", "终端登记", "设备配置");
        AdminUi.close();

        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "", "admin", Role.ADMIN);
        assertThat(navigation())
                .containsSubsequence("终端", "事项目录", "一件事", "主题", "发布", "终端登记", "设备配置", "办件", "审计日志", "数据共享记录");
    }

    @Test
    void aViewOutsideTheRoleIsDenied() {
        // Vaadin's navigation access control refuses it; Karibu reports that as an exception
        assertThatThrownBy(() -> AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "catalog", "technician",
                Role.TECHNICIAN)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAuditorOpensTheLifeEventsWithoutAnyWayToChangeThem() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "life-events", "auditor", Role.AUDITOR);

        @SuppressWarnings("unchecked")
        Grid<Object> themes = _get(Grid.class, spec -> spec.withId("themes"));
        themes.select(GridKt._get(themes, 0));
        assertThat(_get(TextField.class, spec -> spec.withId("theme-name")).isReadOnly()).isTrue();
        for (String button : List.of("theme-new", "theme-save", "theme-delete")) {
            assertThat(_find(Button.class, spec -> spec.withId(button))).as(button).allMatch(b -> !b.isVisible());
        }
        AdminUi.close();
        assertThatThrownBy(() -> AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "packages", "technician",
                Role.TECHNICIAN)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogInPage() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", "/catalog", "/packages", "/life-events", "/publishing", "/registry", "/devices",
                "/audit", "/data-access")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
    }
}
