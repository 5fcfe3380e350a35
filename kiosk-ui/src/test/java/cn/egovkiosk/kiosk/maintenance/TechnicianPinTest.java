package cn.egovkiosk.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.kiosk.support.KioskProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The PIN is kept as a salted PBKDF2 hash; the tool makes one; the demo default is the documented PIN. */
class TechnicianPinTest {

    @Test
    void theToolMakesAHashThatAcceptsThatPinOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = PinHashTool.run(new String[] {"135790"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).isZero();
        assertThat(hash).startsWith("pbkdf2-sha256$" + TechnicianPin.ITERATIONS + "$").doesNotContain("135790");
        TechnicianPin pin = TechnicianPin.parse(hash);
        assertThat(pin.matches("135790".toCharArray())).isTrue();
        assertThat(pin.matches("135791".toCharArray())).isFalse();
        assertThat(pin.matches(new char[0])).isFalse();
    }

    @Test
    void twoHashesOfOnePinDifferBySalt() {
        assertThat(TechnicianPin.hash("135790".toCharArray())).isNotEqualTo(TechnicianPin.hash("135790".toCharArray()));
    }

    @Test
    void theDemoDefaultIsTheDocumentedPin() {
        TechnicianPin demo = TechnicianPin.parse(KioskProperties.Maintenance.DEMO_PIN_HASH);
        assertThat(demo.matches("246810".toCharArray())).isTrue();
        assertThat(demo.toString()).doesNotContain("246810");
    }

    @Test
    void aMalformedHashOrPinIsRefusedClearly() {
        assertThatThrownBy(() -> TechnicianPin.parse("246810")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pbkdf2-sha256$<iterations>$<salt>$<hash>").hasMessageNotContaining("246810");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(PinHashTool.run(new String[] {"12ab"}, System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
