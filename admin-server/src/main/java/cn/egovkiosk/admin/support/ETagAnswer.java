package cn.egovkiosk.admin.support;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * The answer to a terminal's poll of something it caches: the quoted content hash as ETag, and 304 without a body
 * when the terminal already holds it. Caches may store it but must ask again every time. The body is never
 * serialized to compare: the ETag comes from the content hash computed when the content was made.
 */
public final class ETagAnswer {

    /** {@code Cache-Control} of every answer, 200 or 304. */
    public static final String CACHE_CONTROL = CacheControl.noCache().getHeaderValue();

    private ETagAnswer() {
    }

    /** The quoted ETag of a content hash. */
    public static String etag(String contentHash) {
        return "\"" + contentHash + "\"";
    }

    /** @return the body with its ETag, or null after the 304 was set on the response */
    public static <T> ResponseEntity<T> of(T body, String contentHash, WebRequest request) {
        String etag = etag(contentHash);
        if (request.checkNotModified(etag)) {
            return null; // 304 with the ETag, already set on the response
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body);
    }

    /**
     * Whether an {@code If-None-Match} header names the ETag: one of a comma-separated list, weak or strong
     * (RFC 9110 compares weakly for If-None-Match), or {@code *}.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) { // the usual case: the terminal sends back exactly what it got
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
