package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.security.Role;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who sees which applications and their applicant in the clear (PIPL: only those who need it). ADMIN: all, in the
 * clear. OFFICER: their department's only, in the clear, because they decide the case. AUDITOR: all, masked, and
 * may change nothing. Other roles: none.
 */
@Component
public class ApplicantAccess {

    private final ApplicationProperties properties;

    ApplicantAccess(ApplicationProperties properties) {
        this.properties = properties;
    }

    /** The scope of a user, given their name and a test of their roles. */
    public Scope of(String user, Predicate<Role> hasRole) {
        if (hasRole.test(Role.ADMIN)) {
            return new Scope(true, Optional.empty(), true, true);
        }
        if (hasRole.test(Role.OFFICER)) {
            // an officer without a department sees nothing: an empty code matches no application
            return new Scope(false, Optional.of(properties.officerDepartments().getOrDefault(user, "")), true, true);
        }
        if (hasRole.test(Role.AUDITOR)) {
            return new Scope(true, Optional.empty(), false, false);
        }
        return new Scope(false, Optional.of(""), false, false);
    }

    /**
     * What one user may see and do.
     *
     * @param allDepartments true when not limited to {@code department}
     * @param department     the one department, when limited
     * @param clearApplicant true when applicant and form data may be shown in the clear
     * @param mayMove        true when the user may change an application's status
     */
    public record Scope(boolean allDepartments, Optional<String> department, boolean clearApplicant,
            boolean mayMove) {

        public boolean covers(String departmentCode) {
            return allDepartments || department.filter(code -> !code.isEmpty() && code.equals(departmentCode))
                    .isPresent();
        }

        /** The application as this user may see it: masked or in the clear, or empty when outside the scope. */
        public Optional<ApplicationDetail> view(ApplicationDetail detail) {
            if (!covers(detail.departmentCode())) {
                return Optional.empty();
            }
            return Optional.of(clearApplicant ? detail : detail.masked());
        }

        /** The department filter for lists: empty for all. */
        public Optional<String> listFilter() {
            return allDepartments ? Optional.empty() : department;
        }
    }
}
