package cn.egovkiosk.admin.support;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that could not be read, stripped of the parser's message and cause: those can quote the body, and
 * whoever logs this exception (Spring does at DEBUG) would log personal data. Only field names remain.
 */
final class UnreadableJsonBody extends HttpMessageNotReadableException {

    private final String path;

    UnreadableJsonBody(String path, HttpInputMessage input) {
        super(path.isEmpty() ? "unreadable JSON body" : "unreadable JSON body at '" + path + "'", input);
        this.path = path;
    }

    /** Dotted field names leading to the fault, e.g. {@code applicant.idNumber}; empty when unknown. */
    String path() {
        return path;
    }
}
