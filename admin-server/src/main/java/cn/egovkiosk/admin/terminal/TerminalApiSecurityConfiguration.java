package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.TerminalApi;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the bearer check in front of every terminal API path but enrollment, and gives the terminal API the
 * smallest Spring Security chain: it is polled by the whole fleet and guards itself, so no session, security
 * context, CSRF token, request cache, anonymous user or authorization rules; only the request firewall and the
 * security headers (not Cache-Control: the ETag answers set their own) stay.
 */
@Configuration(proxyBeanMethods = false)
class TerminalApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<TerminalAuthenticationFilter> terminalAuthentication(TerminalAuthenticator authenticator,
            List<PolledResource> polled, HeartbeatReception heartbeats, JsonMapper jsonMapper) {
        Map<String, PolledResource> byPath = polled.stream()
                .collect(Collectors.toMap(PolledResource::path, Function.identity()));
        FilterRegistrationBean<TerminalAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new TerminalAuthenticationFilter(authenticator, byPath,
                        new DirectHeartbeat(heartbeats, jsonMapper)));
        registration.addUrlPatterns(TerminalApi.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @Order(0) // before the admin side's chains, which would match these paths too
    SecurityFilterChain terminalApi(HttpSecurity http) throws Exception {
        http.securityMatcher(TerminalApi.BASE + "/**")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
