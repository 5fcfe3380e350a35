package cn.egovkiosk.admin.connector;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of webhook and callback messages: {@code sha256=} + hex HMAC-SHA256 with the department's secret
 * over {@code <timestamp>.<body>}, where the timestamp (epoch seconds) travels in {@link #TIMESTAMP}. Signing the
 * timestamp with the body lets the receiver refuse old messages replayed with their signature.
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-Egov-Signature";
    public static final String TIMESTAMP = "X-Egov-Timestamp";
    public static final String DEPARTMENT = "X-Egov-Department";
    public static final String DELIVERY = "X-Egov-Delivery";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** True when {@code signature} is the one for this body and timestamp; compared in constant time. */
    public static boolean verify(String secret, long timestampSeconds, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
