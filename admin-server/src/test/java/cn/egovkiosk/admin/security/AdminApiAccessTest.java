package cn.egovkiosk.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.protocol.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole role × endpoint matrix of the management API, over real HTTP with the demo users: anonymous gets 401,
 * a role outside an endpoint's list 403, a role inside it anything else (the call itself may still be refused as
 * bad input; that is the point where authorization has let it through).
 */
class AdminApiAccessTest extends AdminServerTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // OFFICER works at the desk only: applications of their department, nothing of catalog or fleet
    private static final Set<Role> EVERYONE = Set.of(Role.ADMIN, Role.CATALOG_EDITOR, Role.TECHNICIAN, Role.AUDITOR);
    private static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.CATALOG_EDITOR);
    private static final String BASE = AdminApiAccess.BASE;

    private record Call(String method, String path, String body, Set<Role> allowed) {
    }

    private static List<Call> matrix() {
        String terminal = "{\"id\":\"sm-matrix-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"site\":\"站\",\"address\":\"路\",\"latitude\":24.4,\"longitude\":118.1,\"groupCode\":\"SM-STORE\"}";
        return List.of(
                new Call("GET", BASE + "/catalog/items?limit=2", null, EVERYONE),
                new Call("GET", BASE + "/catalog/packages", null, EVERYONE),
                new Call("GET", BASE + "/catalog/releases", null, EVERYONE),
                // editing of the draft (issue 5 point 7): what an editor may write, everyone on the catalog may read
                new Call("GET", BASE + "/catalog/items/no-such-item/form", null, EVERYONE),
                new Call("POST", BASE + "/catalog/items", "{}", EDITORS),
                new Call("PUT", BASE + "/catalog/items/no-such-item", "{}", EDITORS),
                new Call("GET", BASE + "/catalog/packages/NO-SUCH-PACKAGE", null, EVERYONE),
                new Call("GET", BASE + "/catalog/packages/NO-SUCH-PACKAGE/preview", null, EVERYONE),
                new Call("POST", BASE + "/catalog/packages", "{}", EDITORS),
                new Call("PUT", BASE + "/catalog/packages/NO-SUCH-PACKAGE", "{}", EDITORS),
                new Call("DELETE", BASE + "/catalog/packages/NO-SUCH-PACKAGE", null, EDITORS),
                new Call("GET", BASE + "/catalog/themes", null, EVERYONE),
                new Call("GET", BASE + "/catalog/themes/NO-SUCH-THEME", null, EVERYONE),
                new Call("POST", BASE + "/catalog/themes", "{}", EDITORS),
                new Call("PUT", BASE + "/catalog/themes/NO-SUCH-THEME", "{}", EDITORS),
                new Call("DELETE", BASE + "/catalog/themes/NO-SUCH-THEME", null, EDITORS),
                new Call("POST", BASE + "/catalog/releases", "{\"kind\":\"GROUP\",\"value\":\"\"}",
                        Set.of(Role.ADMIN, Role.CATALOG_EDITOR)),
                new Call("POST", BASE + "/catalog/releases/no-such-release/rollback", "",
                        Set.of(Role.ADMIN, Role.CATALOG_EDITOR)),
                new Call("GET", BASE + "/catalog/rollouts", null, EVERYONE),
                new Call("POST", BASE + "/catalog/rollouts", "{\"groupCodes\":[]}",
                        Set.of(Role.ADMIN, Role.CATALOG_EDITOR)),
                new Call("POST", BASE + "/catalog/rollouts/no-such-rollout/resume", "",
                        Set.of(Role.ADMIN, Role.CATALOG_EDITOR)),
                new Call("POST", BASE + "/catalog/rollouts/no-such-rollout/abort", "",
                        Set.of(Role.ADMIN, Role.CATALOG_EDITOR)),
                new Call("GET", BASE + "/terminals", null, EVERYONE),
                new Call("POST", BASE + "/terminals", terminal, Set.of(Role.ADMIN, Role.TECHNICIAN)),
                new Call("POST", BASE + "/terminals/no-such-terminal/enrollment-codes", "",
                        Set.of(Role.ADMIN, Role.TECHNICIAN)),
                new Call("POST", BASE + "/terminals/no-such-terminal/revoke", "", Set.of(Role.ADMIN, Role.TECHNICIAN)),
                new Call("GET", BASE + "/devices/GROUP/SM-CENTRE", null, Set.of(Role.ADMIN, Role.TECHNICIAN,
                        Role.AUDITOR)),
                new Call("PUT", BASE + "/devices/TERMINAL/" + DEMO_ID + "/CODE_SCANNER",
                        "{\"port\":\"bad port\",\"baud\":9600}", Set.of(Role.ADMIN, Role.TECHNICIAN)),
                new Call("GET", BASE + "/audit", null, Set.of(Role.ADMIN, Role.AUDITOR)),
                new Call("GET", BASE + "/applications?limit=2", null, Set.of(Role.ADMIN, Role.AUDITOR, Role.OFFICER)),
                new Call("GET", BASE + "/applications/ZW20261120000017Z", null,
                        Set.of(Role.ADMIN, Role.AUDITOR, Role.OFFICER)),
                new Call("GET", BASE + "/applications/ZW20261120000017Z/history", null,
                        Set.of(Role.ADMIN, Role.AUDITOR, Role.OFFICER)),
                new Call("POST", BASE + "/applications/ZW20261120000017Z/transitions",
                        "{\"status\":\"ACCEPTED\"}", Set.of(Role.ADMIN, Role.OFFICER)),
                new Call("GET", BASE + "/statistics/applications?by=ITEM", null, Set.of(Role.ADMIN, Role.AUDITOR)),
                new Call("GET", BASE + "/statistics/applications.csv?by=DAY", null, Set.of(Role.ADMIN, Role.AUDITOR)),
                new Call("GET", BASE + "/data-access?source=HOUSING_FUND", null, Set.of(Role.ADMIN, Role.AUDITOR)),
                new Call("GET", BASE + "/data-access.csv?source=HOUSING_FUND", null, Set.of(Role.ADMIN, Role.AUDITOR)),
                new Call("GET", BASE + "/connector/deliveries?state=GAVE_UP", null, Set.of(Role.ADMIN)),
                new Call("POST", BASE + "/connector/deliveries/ZW-NO-SUCH/retry", "", Set.of(Role.ADMIN)),
                new Call("DELETE", BASE + "/terminals/" + DEMO_ID, null, Set.of()));
    }

    private HttpResponse<String> send(Call call, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .header("Content-Type", "application/json")
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user + "-change-me").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String user(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case CATALOG_EDITOR -> "editor";
            case TECHNICIAN -> "technician";
            case AUDITOR -> "auditor";
            case OFFICER -> "officer";
        };
    }

    @Test
    void everyRoleGetsExactlyTheEndpointsItsListNames() {
        List<String> wrong = new ArrayList<>();
        for (Call call : matrix()) {
            int anonymous = send(call, null).statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous " + call.method() + " " + call.path() + " -> " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = send(call, user(role)).statusCode();
                boolean allowed = status != 401 && status != 403;
                if (allowed != call.allowed().contains(role)) {
                    wrong.add(role + " " + call.method() + " " + call.path() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongPasswordGets401() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + BASE + "/terminals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:wrong".getBytes(StandardCharsets.UTF_8))).build();
        try {
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManagementApiIsDocumentedWithOpenApi() {
        HttpResponse<String> docs = send(new Call("GET", "/v3/api-docs", null, EVERYONE), null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", BASE + "/terminals", BASE + "/catalog/releases",
                BASE + "/devices/{scope}/{value}/{device}", BASE + "/audit", BASE + "/applications/{trackingNumber}",
                BASE + "/applications/{trackingNumber}/transitions", BASE + "/statistics/applications.csv",
                BASE + "/data-access", BASE + "/catalog/items/{code}", BASE + "/catalog/items/{code}/form",
                BASE + "/catalog/packages/{code}", BASE + "/catalog/packages/{code}/preview", BASE + "/catalog/themes",
                BASE + "/catalog/themes/{code}");
    }

    @Test
    void theCatalogEditingMethodsAreDocumented() {
        JsonNode paths = ProtocolJson.mapper().readTree(send(new Call("GET", "/v3/api-docs", null, EVERYONE), null)
                .body()).path("paths");

        assertThat(paths.path(BASE + "/catalog/items").has("post")).isTrue();
        assertThat(paths.path(BASE + "/catalog/items/{code}").has("put")).isTrue();
        assertThat(paths.path(BASE + "/catalog/items/{code}/form").has("get")).isTrue();
        for (String kind : List.of("packages", "themes")) {
            assertThat(paths.path(BASE + "/catalog/" + kind).has("get")).as(kind).isTrue();
            assertThat(paths.path(BASE + "/catalog/" + kind).has("post")).as(kind).isTrue();
            assertThat(paths.path(BASE + "/catalog/" + kind + "/{code}").has("put")).as(kind).isTrue();
            assertThat(paths.path(BASE + "/catalog/" + kind + "/{code}").has("delete")).as(kind).isTrue();
        }
    }
}
