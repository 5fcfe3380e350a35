package cn.egovkiosk.admin.support;

import cn.egovkiosk.admin.terminal.NewTerminal;
import cn.egovkiosk.admin.terminal.TerminalRegistry;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests against the whole server on a random port with a real SQLite file in a fresh folder under
 * {@code target/}. Subclasses share one application context, so each test uses its own idempotency keys.
 * Three terminals are configured: the demo terminal, a second one to test that terminals are kept apart, and a
 * silent one that no test calls as.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "admin.terminals[0].id=" + AdminServerTestSupport.DEMO_ID,
        "admin.terminals[0].credential=" + AdminServerTestSupport.DEMO_CREDENTIAL,
        "admin.terminals[0].site=思明区政务服务中心",
        "admin.terminals[1].id=" + AdminServerTestSupport.OTHER_ID,
        "admin.terminals[1].credential=" + AdminServerTestSupport.OTHER_CREDENTIAL,
        "admin.terminals[1].site=湖里区政务服务中心",
        "admin.terminals[2].id=" + AdminServerTestSupport.SILENT_ID,
        "admin.terminals[2].credential=silent-terminal-credential-0815",
        "admin.terminals[2].site=集美区政务服务中心",
        // the frontend build runs after the tests: without this, Vaadin would look for its dev server
        "vaadin.productionMode=true"})
public abstract class AdminServerTestSupport {

    public static final String DEMO_ID = "demo-kiosk-01";
    public static final String DEMO_CREDENTIAL = "demo-credential-change-me";
    public static final String OTHER_ID = "test-kiosk-02";
    public static final String OTHER_CREDENTIAL = "second-terminal-credential-4711";
    public static final String SILENT_ID = "silent-kiosk-03";

    @LocalServerPort
    protected int port;
    @Autowired
    protected TerminalRegistry terminalRegistry;

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) {
        registry.add("admin.data-dir", AdminServerTestSupport::newDataDir);
    }

    /** A new empty folder under {@code target/test-data}. */
    public static Path newDataDir() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "admin-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client calling as the demo terminal. */
    protected TerminalClient demoKiosk() {
        return TerminalClient.bearer(port, DEMO_CREDENTIAL);
    }

    /** A client calling as the second terminal. */
    protected TerminalClient otherKiosk() {
        return TerminalClient.bearer(port, OTHER_CREDENTIAL);
    }

    /** Registers a terminal in the group, enrolls it over HTTP and returns a client with its credential. */
    protected TerminalClient enrolledKiosk(String id, String groupCode) {
        terminalRegistry.create(new NewTerminal(id, "筼筜街道社区服务站", "厦门市思明区湖滨南路 2 号", 24.47, 118.10,
                groupCode));
        TerminalCredentialGrant grant = TerminalClient.read(withAuthorization(null).post(TerminalApi.ENROLL,
                "{\"enrollmentCode\":\"" + terminalRegistry.issueEnrollmentCode(id).code() + "\"}"),
                TerminalCredentialGrant.class);
        return TerminalClient.bearer(port, grant.credential());
    }

    /** A client sending the given Authorization header value, or none when null. */
    protected TerminalClient withAuthorization(String authorization) {
        return TerminalClient.withAuthorization(port, authorization);
    }
}
