package cn.egovkiosk.protocol.enrollment;

/**
 * The answer to an enrollment or a rotation: who the terminal is and the credential it sends from now on as
 * {@code Authorization: Bearer <credential>}. The server keeps only a hash, so this is the only time the credential
 * travels; the kiosk must store it before it uses it.
 *
 * @param terminalId the terminal's id
 * @param credential the bearer credential (secret)
 */
public record TerminalCredentialGrant(String terminalId, String credential) {

    @Override
    public String toString() {
        return "TerminalCredentialGrant[terminalId=" + terminalId + ", credential=<secret>]";
    }
}
