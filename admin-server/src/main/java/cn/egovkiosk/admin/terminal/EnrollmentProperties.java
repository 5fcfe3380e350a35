package cn.egovkiosk.admin.terminal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enrollment settings, {@code admin.enrollment.*}.
 *
 * @param codeValidity {@code admin.enrollment.code-validity}: how long an enrollment code may be used; default 24 h
 *                     (the technician installs the kiosk the same day)
 */
@ConfigurationProperties("admin.enrollment")
record EnrollmentProperties(@DefaultValue("24h") Duration codeValidity) {
}
