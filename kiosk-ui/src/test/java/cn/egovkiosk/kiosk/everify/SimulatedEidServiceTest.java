package cn.egovkiosk.kiosk.everify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The simulated issuing service refuses what the real one refuses, each with its own reason. */
class SimulatedEidServiceTest {

    private static final EidHolder ZHANG_SAN = SimulatedEidService.demoHolders().getFirst();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final SimulatedEidService service = new SimulatedEidService(clock, Duration.ofMinutes(3));

    @Test
    void aFreshCodeYieldsTheIdentityOnceWithoutAnAddress() {
        String code = service.issue(ZHANG_SAN);
        assertThat(code).startsWith("EID1.").doesNotContain(ZHANG_SAN.name(), ZHANG_SAN.idNumber());

        EidCheck first = service.verify(code);
        assertThat(first).isInstanceOf(EidCheck.Verified.class);
        VerifiedIdentity identity = ((EidCheck.Verified) first).identity();
        assertThat(identity.documentType()).isEqualTo(VerifiedIdentity.E_ID);
        assertThat(identity.electronic()).isTrue();
        assertThat(identity.name()).isEqualTo("张三");
        assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.address()).isEmpty();
        assertThat(identity.birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(identity.applicant().cardType()).isEqualTo("E_ID");
        assertThat(identity.toString()).doesNotContain("张三", "11010519491231002X");

        assertThat(service.verify(code)).isEqualTo(new EidCheck.Rejected(EidRejection.ALREADY_USED));
    }

    @Test
    void aCodeExpiresAfterItsValidity() {
        String code = service.issue(ZHANG_SAN);
        clock.advance(Duration.ofMinutes(3));
        assertThat(service.verify(code)).isEqualTo(new EidCheck.Rejected(EidRejection.EXPIRED));
        assertThat(service.verify(service.issueExpired(ZHANG_SAN)))
                .isEqualTo(new EidCheck.Rejected(EidRejection.EXPIRED));
    }

    @Test
    void aCodeJustBeforeItsExpiryIsStillGood() {
        String code = service.issue(ZHANG_SAN);
        clock.advance(Duration.ofMinutes(3).minusSeconds(1));
        assertThat(service.verify(code)).isInstanceOf(EidCheck.Verified.class);
    }

    @Test
    void alteredMadeUpAndForeignCodesAreRefused() {
        String code = service.issue(ZHANG_SAN);
        assertThat(service.verify(EidSimulatorControls.forged(code)))
                .isEqualTo(new EidCheck.Rejected(EidRejection.FORGED));
        String[] parts = code.split("\\.");
        String otherToken = service.issue(ZHANG_SAN).split("\\.")[1];
        assertThat(service.verify(parts[0] + "." + otherToken + "." + parts[2]))
                .as("a signature moved to another token").isEqualTo(new EidCheck.Rejected(EidRejection.FORGED));
        SimulatedEidService elsewhere = new SimulatedEidService(clock, Duration.ofMinutes(3));
        assertThat(service.verify(elsewhere.issue(ZHANG_SAN)))
                .as("signed by another issuer").isEqualTo(new EidCheck.Rejected(EidRejection.FORGED));
        for (String notOne : new String[] {"", "https://qr.alipay.com/fkx1", "EID1.", "EID1.a.b", "EID1.%%%.###",
                "EID1.AAAA.AAAA.AAAA"}) {
            assertThat(service.verify(notOne)).as(notOne)
                    .isEqualTo(new EidCheck.Rejected(EidRejection.NOT_AN_EID_CODE));
        }
        assertThat(service.verify(null)).isEqualTo(new EidCheck.Rejected(EidRejection.NOT_AN_EID_CODE));
        assertThat(service.verify(code)).as("the genuine code still works after all that")
                .isInstanceOf(EidCheck.Verified.class);
    }

    @Test
    void whileTheServiceIsDownNoCodeIsCheckedOrUsedUp() {
        String code = service.issue(ZHANG_SAN);
        service.reachable(false);
        assertThat(service.verify(code)).isEqualTo(new EidCheck.Rejected(EidRejection.SERVICE_UNAVAILABLE));
        service.reachable(true);
        assertThat(service.verify(code)).isInstanceOf(EidCheck.Verified.class);
    }

    @Test
    void everyRefusalHasAMessageInBothLanguages() throws Exception {
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var z = getClass().getResourceAsStream("/messages.properties");
                var e = getClass().getResourceAsStream("/messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(z, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (EidRejection reason : EidRejection.values()) {
            assertThat(zh.getProperty(reason.messageKey())).as(reason.name()).isNotBlank();
            assertThat(en.getProperty(reason.messageKey())).as(reason.name()).isNotBlank();
        }
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
