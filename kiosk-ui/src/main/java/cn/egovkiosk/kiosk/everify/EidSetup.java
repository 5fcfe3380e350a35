package cn.egovkiosk.kiosk.everify;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated issuing service where no real verifier is provided: in demo mode, or when asked for explicitly. */
@Configuration(proxyBeanMethods = false)
class EidSetup {

    @Bean
    @ConditionalOnMissingBean(IdentityVerifier.class)
    @ConditionalOnExpression("'${kiosk.eid.verifier:AUTO}'.equalsIgnoreCase('SIMULATED') or "
            + "('${kiosk.eid.verifier:AUTO}'.equalsIgnoreCase('AUTO') and '${kiosk.devices.simulated:false}' == 'true')")
    SimulatedEidService simulatedEidService(EidProperties properties, Clock clock) {
        return new SimulatedEidService(clock, properties.codeValidity());
    }
}
