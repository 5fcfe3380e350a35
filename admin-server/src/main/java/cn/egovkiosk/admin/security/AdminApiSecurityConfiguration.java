package cn.egovkiosk.admin.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security, three filter chains: the management API {@code /api/admin/v1/**} (HTTP Basic, no session, the
 * role rules of {@link AdminApiAccess}); the public paths (the OpenAPI document, certificate verification,
 * error pages); and the Vaadin admin UI behind a form login ({@link LoginView}), each view
 * guarded by its {@code @RolesAllowed}. The same users log in to both.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminApiSecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        http.securityMatcher(AdminApiAccess.BASE + "/**")
                .authorizeHttpRequests(AdminApiAccess::rules)
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // no cookies: every call carries its credentials
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain selfGuardedAndPublic(HttpSecurity http) throws Exception {
        // the terminal API has its own chain (TerminalApiSecurityConfiguration), before these
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                        "/swagger-ui.html", "/verify/**", "/error")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain adminUi(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService adminUsers(AdminUsers users, PasswordEncoder encoder) {
        if (users.users().equals(AdminUsers.DEMO)) {
            log.warn("The demo admin users are in use: configure admin.security.users before going live");
        }
        List<org.springframework.security.core.userdetails.UserDetails> details = users.users().stream()
                .map(user -> User.withUsername(user.name()).password(encoder.encode(user.password()))
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(details);
    }
}
