package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.TerminalApi;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the bearer check in front of every terminal API path but enrollment. */
@Configuration(proxyBeanMethods = false)
class TerminalApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<TerminalAuthenticationFilter> terminalAuthentication(TerminalAuthenticator authenticator) {
        FilterRegistrationBean<TerminalAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new TerminalAuthenticationFilter(authenticator));
        registration.addUrlPatterns(TerminalApi.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
