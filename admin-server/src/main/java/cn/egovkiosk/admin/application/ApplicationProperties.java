package cn.egovkiosk.admin.application;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of application handling, {@code admin.applications.*}.
 *
 * @param officerDepartments {@code admin.applications.officer-departments.<user>=<department code>}: the department
 *                           whose applications a user with the role OFFICER handles; an officer not listed sees
 *                           none. Default: the demo user {@code officer} handles {@code HRSS} (区人力资源和社会保障局)
 */
@ConfigurationProperties("admin.applications")
public record ApplicationProperties(Map<String, String> officerDepartments) {

    public static final Map<String, String> DEMO = Map.of("officer", "HRSS");

    public ApplicationProperties {
        officerDepartments = officerDepartments == null || officerDepartments.isEmpty() ? DEMO
                : Map.copyOf(officerDepartments);
    }
}
