package cn.egovkiosk.admin.support;

import org.springframework.http.HttpStatus;

/**
 * A refusal of an API request, answered as {@code application/problem+json}. The detail is shown to the caller and
 * may be logged, so it names fields and rules, never the values sent.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    private ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, detail);
    }

    public HttpStatus status() {
        return status;
    }
}
