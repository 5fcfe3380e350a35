package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.TerminalApi;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the bearer check in front of every terminal API path. When enrollment arrives, its path must be let through
 * without a credential (Spring Security will take this over in a later step).
 */
@Configuration(proxyBeanMethods = false)
class TerminalApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<TerminalAuthenticationFilter> terminalAuthentication(TerminalCredentials credentials) {
        FilterRegistrationBean<TerminalAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new TerminalAuthenticationFilter(credentials));
        registration.addUrlPatterns(TerminalApi.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
