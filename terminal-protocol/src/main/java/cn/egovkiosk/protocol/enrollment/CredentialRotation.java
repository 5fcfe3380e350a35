package cn.egovkiosk.protocol.enrollment;

import cn.egovkiosk.protocol.TerminalApi;

/**
 * {@code POST /api/terminal/v1/credential} with the current credential: the answer is a
 * {@link TerminalCredentialGrant} with a new one. The old credential keeps working until the new one is first
 * used, so a lost answer does not lock the kiosk out; after that only the new one works.
 */
public final class CredentialRotation {

    public static final String PATH = TerminalApi.BASE + "/credential";

    private CredentialRotation() {
    }
}
