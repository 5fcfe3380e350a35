package cn.egovkiosk.protocol.enrollment;

/**
 * Body of {@code POST /api/terminal/v1/enroll} (no credential yet).
 *
 * @param enrollmentCode the one-time code the administrator issued for this terminal, e.g. {@code 7K3Q-M9XD-2HTP};
 *                       case, spaces and dashes do not matter
 */
public record EnrollmentRequest(String enrollmentCode) {

    @Override
    public String toString() {
        return "EnrollmentRequest[enrollmentCode=<secret>]";
    }
}
