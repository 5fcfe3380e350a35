package cn.egovkiosk.admin.connector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The department API ({@code /api/department/v1/**}) guards itself: every call is checked against the department's
 * HMAC signature in the controller, so Spring Security only keeps sessions and CSRF out of it.
 */
@Configuration(proxyBeanMethods = false)
class DepartmentApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain departmentApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/department/v1/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
