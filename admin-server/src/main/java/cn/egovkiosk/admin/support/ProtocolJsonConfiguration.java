package cn.egovkiosk.admin.support;

import cn.egovkiosk.protocol.ProtocolJson;
import java.time.Clock;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's JSON mapping gets the terminal protocol's settings, so the wire shape is the one the kiosk tests; and
 * the JSON converter is the one that keeps request bodies out of exception messages.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer protocolJson() {
        return ProtocolJson::configure;
    }

    @Bean
    SafeJsonHttpMessageConverter safeJsonHttpMessageConverter(JsonMapper jsonMapper) {
        return new SafeJsonHttpMessageConverter(jsonMapper);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
