package cn.egovkiosk.admin.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * People allowed into the management API, {@code admin.security.users[n].name/password/roles}. Default: one demo user per
 * role with a password to change ({@link #DEMO}); a warning is logged while they are in use.
 *
 * @param users the users; roles are ADMIN, CATALOG_EDITOR, TECHNICIAN, AUDITOR, OFFICER
 */
@ConfigurationProperties("admin.security")
public record AdminUsers(List<User> users) {

    public static final List<User> DEMO = List.of(new User("admin", "admin-change-me", Set.of(Role.ADMIN)),
            new User("editor", "editor-change-me", Set.of(Role.CATALOG_EDITOR)),
            new User("technician", "technician-change-me", Set.of(Role.TECHNICIAN)),
            new User("auditor", "auditor-change-me", Set.of(Role.AUDITOR)),
            new User("officer", "officer-change-me", Set.of(Role.OFFICER)));

    public AdminUsers {
        users = users == null || users.isEmpty() ? DEMO : List.copyOf(users);
    }

    /** A user of the admin server. */
    public record User(String name, String password, Set<Role> roles) {

        @Override
        public String toString() {
            return "User[name=" + name + ", password=<secret>, roles=" + roles + "]";
        }
    }
}
