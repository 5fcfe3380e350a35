package cn.egovkiosk.admin.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The person logged in to the admin UI: the name audited for their writes, and logout. */
@Component
public class CurrentAdmin {

    private final AuthenticationContext authentication;

    CurrentAdmin(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The user name, as recorded in the audit log. */
    public String name() {
        return authentication.getPrincipalName()
                .orElseThrow(() -> new IllegalStateException("nobody is logged in to the admin UI"));
    }

    public boolean hasRole(Role role) {
        return authentication.hasRole(role.name());
    }

    /** Ends the session and returns to the log-in page. */
    public void logout() {
        authentication.logout();
    }
}
