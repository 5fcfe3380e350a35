package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.device.idcard.IdNumbers;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the e-ID issuing service (the real one is the national 网证 platform, which cannot be reached from here): it
 * issues codes for the residents it knows and checks codes as the real service does. A code is
 * {@code EID1.<token>.<signature>}: a random 16-byte token id and its expiry time (never personal data), signed with
 * the service's Ed25519 key. A code is accepted once, before it expires; a replay, a stale screenshot, a made-up or
 * altered code are each refused with their own reason. The identities stay inside the service, as they would.
 */
public class SimulatedEidService implements IdentityVerifier {

    static final String PREFIX = "EID1.";
    private static final Logger log = LoggerFactory.getLogger(SimulatedEidService.class);
    private static final int TOKEN_BYTES = 16 + Long.BYTES;

    private final Clock clock;
    private final Duration validity;
    private final KeyPair key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new HashMap<>();
    private final Map<String, Instant> used = new HashMap<>();
    private volatile boolean reachable = true;

    public SimulatedEidService(Clock clock, Duration validity) {
        this.clock = clock;
        this.validity = validity;
        try {
            this.key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK 15+", e);
        }
    }

    /** The demo residents with an e-ID: the same two people as the demo ID cards. */
    public static List<EidHolder> demoHolders() {
        return List.of(new EidHolder("张三", "11010519491231002X", LocalDate.of(1949, 12, 31)),
                new EidHolder("李小梅", "35020319900515123X", LocalDate.of(1990, 5, 15)));
    }

    /** A fresh code for {@code holder}, as the resident's phone would show it, valid for the configured time. */
    public String issue(EidHolder holder) {
        return issue(holder, clock.instant().plus(validity));
    }

    /** A genuine code that expired a minute ago: a screenshot kept from an earlier day, for demos and tests. */
    public String issueExpired(EidHolder holder) {
        return issue(holder, clock.instant().minusSeconds(60));
    }

    private synchronized String issue(EidHolder holder, Instant expires) {
        byte[] tokenId = new byte[16];
        random.nextBytes(tokenId);
        byte[] token = ByteBuffer.allocate(TOKEN_BYTES).put(tokenId).putLong(expires.getEpochSecond()).array();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        issued.put(HexFormat.of().formatHex(tokenId), new Issued(holder, expires));
        return PREFIX + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    /** Demo and tests: the service goes offline (codes cannot be checked) or comes back. */
    public void reachable(boolean up) {
        reachable = up;
    }

    /** How long a code issued now stays valid. */
    public Duration validity() {
        return validity;
    }

    @Override
    public synchronized EidCheck verify(String code) {
        if (!reachable) {
            return new EidCheck.Rejected(EidRejection.SERVICE_UNAVAILABLE);
        }
        Instant now = clock.instant();
        forgetExpired(now);
        Optional<Token> token = Token.parse(code);
        if (token.isEmpty()) {
            return rejected(EidRejection.NOT_AN_EID_CODE);
        }
        if (!verifies(token.get())) {
            return rejected(EidRejection.FORGED);
        }
        if (!now.isBefore(token.get().expires())) {
            return rejected(EidRejection.EXPIRED);
        }
        String id = token.get().id();
        if (used.containsKey(id)) {
            return rejected(EidRejection.ALREADY_USED);
        }
        Issued holder = issued.remove(id);
        if (holder == null) {
            return rejected(EidRejection.UNKNOWN_CODE);
        }
        used.put(id, holder.expires());
        log.info("e-ID code verified");
        EidHolder who = holder.holder();
        return new EidCheck.Verified(new VerifiedIdentity(VerifiedIdentity.E_ID, who.name(), who.idNumber(), "",
                Optional.ofNullable(who.birthDate()), IdNumbers.isValid(who.idNumber())));
    }

    private static EidCheck rejected(EidRejection reason) {
        log.info("e-ID code refused: {}", reason);
        return new EidCheck.Rejected(reason);
    }

    // an expired code is refused as expired before its use is looked up, so nothing older needs remembering
    private void forgetExpired(Instant now) {
        issued.values().removeIf(entry -> !now.isBefore(entry.expires()));
        used.values().removeIf(expires -> !now.isBefore(expires));
    }

    private byte[] sign(String payload) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(payload.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private boolean verifies(Token token) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.getPublic());
            verifier.update(token.payload().getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(token.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private record Issued(EidHolder holder, Instant expires) {
    }

    /** The parts of a code that has the e-ID shape; says nothing yet about whether it is genuine. */
    private record Token(String payload, String id, Instant expires, byte[] signature) {

        static Optional<Token> parse(String code) {
            if (code == null || !code.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = code.strip().substring(PREFIX.length()).split("\\.", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                byte[] token = Base64.getUrlDecoder().decode(parts[0]);
                byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
                if (token.length != TOKEN_BYTES) {
                    return Optional.empty();
                }
                ByteBuffer buffer = ByteBuffer.wrap(token);
                byte[] id = new byte[16];
                buffer.get(id);
                return Optional.of(new Token(parts[0], HexFormat.of().formatHex(id),
                        Instant.ofEpochSecond(buffer.getLong()), signature));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
