package cn.egovkiosk.admin.publicweb;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public pages need no login and keep no session. The progress form's POST carries no CSRF token: it changes
 * nothing, and a cross-site page could not read the answer; guessing is what it must resist, and
 * {@code ProgressGuard} rate-limits that. Its own chain, before the admin UI's, keeps this apart from the admin
 * security configuration.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurityConfiguration {

    static final String[] PATHS = {"/verify/**", "/progress"};

    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
