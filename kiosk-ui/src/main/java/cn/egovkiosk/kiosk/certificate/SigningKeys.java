package cn.egovkiosk.kiosk.certificate;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.certificate.SigningKey;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The server's certificate signing keys, fetched with the terminal credential and cached in memory and in
 * {@code <data-dir>/signing-keys.json} (public keys, no secret). A certificate naming a key the cache does not hold
 * makes the kiosk ask the server again once, so a rotated key is picked up without a restart.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final TerminalHttp http;
    private final Path cacheFile;
    private volatile Map<String, SigningKey> known;

    SigningKeys(TerminalHttp http, KioskProperties properties) {
        this.http = http;
        this.cacheFile = properties.dataDir().resolve("signing-keys.json");
        this.known = readCache();
    }

    /**
     * The key with this id: from the cache, else from the server.
     *
     * @return empty when the server does not know the key either
     * @throws IOException when the key is not cached and the server cannot be asked
     */
    public Optional<SigningKey> key(String keyId) throws IOException {
        SigningKey cached = known.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return Optional.ofNullable(fetch().get(keyId));
    }

    /** Asks the server for its keys now and replaces the cache. */
    public synchronized Map<String, SigningKey> fetch() throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = http.get(TerminalApi.SIGNING_KEYS, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the signing keys");
        }
        if (response.statusCode() != 200) {
            throw new IOException("signing keys: server answered " + response.statusCode());
        }
        SigningKey[] keys = TerminalHttp.read(response, SigningKey[].class);
        known = byId(keys);
        try {
            Files.createDirectories(cacheFile.getParent());
            Files.write(cacheFile, response.body());
        } catch (IOException e) {
            // the memory cache still serves; the next start fetches again
            log.warn("signing keys could not be cached in {}: {}", cacheFile, e.getClass().getSimpleName());
        }
        log.info("signing keys fetched: {}", known.keySet());
        return known;
    }

    private Map<String, SigningKey> readCache() {
        if (!Files.isRegularFile(cacheFile)) {
            return Map.of();
        }
        try {
            return byId(ProtocolJson.mapper().readValue(Files.readAllBytes(cacheFile), SigningKey[].class));
        } catch (IOException | RuntimeException e) {
            log.warn("cached signing keys unreadable, ignored: {}", e.getClass().getSimpleName());
            return Map.of();
        }
    }

    private static Map<String, SigningKey> byId(SigningKey[] keys) {
        return Arrays.stream(keys).collect(Collectors.toUnmodifiableMap(SigningKey::keyId, Function.identity(),
                (first, second) -> first));
    }
}
