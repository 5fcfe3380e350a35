package cn.egovkiosk.kiosk.everify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-ID (电子身份证 / 网证) identification, under {@code kiosk.eid}.
 *
 * @param verifier     AUTO (default: the simulated issuing service in demo mode, none otherwise), SIMULATED or NONE;
 *                     a deployment that has access to the real service provides its own {@link IdentityVerifier} bean
 * @param codeValidity how long a code the simulated service issues stays valid (default 3m)
 * @param checkTimeout how long the kiosk waits for the issuing service's answer (default 10s)
 */
@ConfigurationProperties("kiosk.eid")
public record EidProperties(@DefaultValue("AUTO") Verifier verifier, @DefaultValue("3m") Duration codeValidity,
        @DefaultValue("10s") Duration checkTimeout) {

    /** Which verifier the kiosk uses. */
    public enum Verifier {
        AUTO, SIMULATED, NONE
    }
}
