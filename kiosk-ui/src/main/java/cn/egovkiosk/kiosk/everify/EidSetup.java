package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.kiosk.support.KioskProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulated issuing service where no real verifier is provided: in demo mode, or when asked for explicitly.
 * The choice is made from the properties when the bean is created, not by a condition at start-up, because the kiosk
 * runs on Spring AOT's bean graph, which is fixed when the jar is built.
 */
@Configuration(proxyBeanMethods = false)
class EidSetup {

    /** Null (no bean to inject) unless the properties ask for the simulator. */
    @Bean
    @ConditionalOnMissingBean(IdentityVerifier.class)
    SimulatedEidService simulatedEidService(EidProperties eid, KioskProperties kiosk, Clock clock) {
        boolean simulated = switch (eid.verifier()) {
            case SIMULATED -> true;
            case AUTO -> kiosk.devices().simulated();
            case NONE -> false;
        };
        return simulated ? new SimulatedEidService(clock, eid.codeValidity()) : null;
    }
}
