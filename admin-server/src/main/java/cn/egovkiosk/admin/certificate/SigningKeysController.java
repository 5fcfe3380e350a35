package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.certificate.SigningKey;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/terminal/v1/signing-keys}: every public key certificates were signed with (all instances', old
 * ones included), so a kiosk can check a certificate before it prints it. The terminal filter requires the
 * credential.
 */
@RestController
class SigningKeysController {

    private final SigningKeyRepository keys;

    SigningKeysController(SigningKeyRepository keys) {
        this.keys = keys;
    }

    @GetMapping(TerminalApi.SIGNING_KEYS)
    List<SigningKey> signingKeys() {
        return keys.all();
    }
}
