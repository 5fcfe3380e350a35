package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.CredentialRotation;
import cn.egovkiosk.protocol.enrollment.EnrollmentRequest;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/terminal/v1/enroll}: a one-time code for the terminal id and credential (403 for an unknown,
 * expired or used code). {@code POST /api/terminal/v1/credential}: a new credential for the one presented. Answers
 * carry a secret, so no cache may keep them.
 */
@RestController
class EnrollmentController {

    private final TerminalRegistry registry;

    EnrollmentController(TerminalRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(TerminalApi.ENROLL)
    ResponseEntity<TerminalCredentialGrant> enroll(@RequestBody EnrollmentRequest request) {
        if (request.enrollmentCode() == null || request.enrollmentCode().isBlank()
                || request.enrollmentCode().length() > 64) {
            throw ApiProblem.badRequest("enrollmentCode is required.");
        }
        return secret(registry.enroll(request.enrollmentCode()));
    }

    @PostMapping(CredentialRotation.PATH)
    ResponseEntity<TerminalCredentialGrant> rotate(
            @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE) AuthenticatedTerminal terminal,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String presented = TerminalAuthenticationFilter.bearerCredential(authorization).orElseThrow();
        return secret(registry.rotate(terminal, presented));
    }

    private static ResponseEntity<TerminalCredentialGrant> secret(TerminalCredentialGrant grant) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(grant);
    }
}
