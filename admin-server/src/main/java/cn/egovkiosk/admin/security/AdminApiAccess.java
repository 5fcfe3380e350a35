package cn.egovkiosk.admin.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who may call what of the management API: the role × endpoint matrix in one place (tested whole). */
public final class AdminApiAccess {

    public static final String BASE = "/api/admin/v1";

    private AdminApiAccess() {
    }

    static void rules(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, BASE + "/catalog/**").hasAnyRole("ADMIN", "CATALOG_EDITOR", "AUDITOR",
                        "TECHNICIAN")
                .requestMatchers(POST, BASE + "/catalog/**").hasAnyRole("ADMIN", "CATALOG_EDITOR")
                .requestMatchers(PUT, BASE + "/catalog/**").hasAnyRole("ADMIN", "CATALOG_EDITOR")
                .requestMatchers(DELETE, BASE + "/catalog/**").hasAnyRole("ADMIN", "CATALOG_EDITOR")
                .requestMatchers(GET, BASE + "/terminals/**", BASE + "/terminals").hasAnyRole("ADMIN", "TECHNICIAN",
                        "AUDITOR", "CATALOG_EDITOR")
                .requestMatchers(POST, BASE + "/terminals/**", BASE + "/terminals").hasAnyRole("ADMIN", "TECHNICIAN")
                .requestMatchers(PUT, BASE + "/devices/**").hasAnyRole("ADMIN", "TECHNICIAN")
                .requestMatchers(GET, BASE + "/devices/**").hasAnyRole("ADMIN", "TECHNICIAN", "AUDITOR")
                .requestMatchers(GET, BASE + "/audit").hasAnyRole("ADMIN", "AUDITOR")
                // applications (issue 6): which applications and how much of the applicant is ApplicantAccess's call
                .requestMatchers(GET, BASE + "/applications", BASE + "/applications/**").hasAnyRole("ADMIN",
                        "AUDITOR", "OFFICER")
                .requestMatchers(POST, BASE + "/applications/**").hasAnyRole("ADMIN", "OFFICER")
                .requestMatchers(GET, BASE + "/statistics/**").hasAnyRole("ADMIN", "AUDITOR")
                // PIPL audit of data sharing: purpose, consent and result of each access, never the resident
                .requestMatchers(GET, BASE + "/data-access", BASE + "/data-access.csv").hasAnyRole("ADMIN", "AUDITOR")
                // deliveries to departments' systems: tracking numbers and errors only; retrying is an admin's call
                .requestMatchers(GET, BASE + "/connector/deliveries").hasRole("ADMIN")
                .requestMatchers(POST, BASE + "/connector/deliveries/*/retry").hasRole("ADMIN")
                .anyRequest().denyAll();
    }
}
