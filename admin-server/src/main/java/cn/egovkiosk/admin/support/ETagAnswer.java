package cn.egovkiosk.admin.support;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * The answer to a terminal's poll of something it caches: the quoted content hash as ETag, and 304 without a body
 * when the terminal already holds it. Caches may store it but must ask again every time.
 */
public final class ETagAnswer {

    private ETagAnswer() {
    }

    /** @return the body with its ETag, or null after the 304 was set on the response */
    public static <T> ResponseEntity<T> of(T body, String contentHash, WebRequest request) {
        String etag = "\"" + contentHash + "\"";
        if (request.checkNotModified(etag)) {
            return null; // 304 with the ETag, already set on the response
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body);
    }
}
