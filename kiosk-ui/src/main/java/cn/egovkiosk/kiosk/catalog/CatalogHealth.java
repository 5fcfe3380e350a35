package cn.egovkiosk.kiosk.catalog;

import org.springframework.stereotype.Component;

/**
 * Whether the newest catalog the kiosk fetched could be applied; the heartbeat reports the failure (staged rollouts
 * pause on it). A fetch that did not reach the server is no failure to apply: the server knows it got no request.
 */
@Component
public class CatalogHealth {

    private volatile String failure = "";

    /** The fetched catalog was cached and is served. */
    public void applied() {
        failure = "";
    }

    /**
     * The fetched catalog could not be applied and the previous one is still served.
     *
     * @param contentHash the fetched version's content hash (or ETag), empty when unknown
     * @param reason      what went wrong, technical and without personal data (a catalog holds none)
     */
    public void failed(String contentHash, String reason) {
        failure = (contentHash == null || contentHash.isBlank() ? "unknown version" : contentHash) + ": " + reason;
    }

    /** Empty when the last fetched catalog was applied, else its hash and the reason. */
    public String failure() {
        return failure;
    }
}
