package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.ETagAnswer;
import cn.egovkiosk.protocol.TerminalApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a terminal API request through only with {@code Authorization: Bearer <credential>} of a configured or an
 * enrolled terminal. Anything else gets 401 with {@code WWW-Authenticate: Bearer} and an empty body: a caller
 * without a valid credential learns nothing about the API. Enrollment is the one call without a credential: it is
 * how a terminal gets one.
 * <p>
 * After the credential, a poll of a {@link PolledResource} whose {@code If-None-Match} still names the current ETag
 * is answered 304 here: that is what most of the fleet's requests hear, and it needs nothing further. The usual
 * heartbeat is answered here too ({@link DirectHeartbeat}).
 */
class TerminalAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TerminalAuthenticator authenticator;
    private final Map<String, PolledResource> polled;
    private final DirectHeartbeat heartbeats;

    TerminalAuthenticationFilter(TerminalAuthenticator authenticator, Map<String, PolledResource> polled,
            DirectHeartbeat heartbeats) {
        this.authenticator = authenticator;
        this.polled = polled;
        this.heartbeats = heartbeats;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return TerminalApi.ENROLL.equals(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AuthenticatedTerminal> terminal = bearerCredential(request.getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(authenticator::authenticate);
        if (terminal.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return;
        }
        if (notModified(request, response, terminal.get())) {
            return;
        }
        request.setAttribute(AuthenticatedTerminal.ATTRIBUTE, terminal.get());
        HttpServletRequest passed = request;
        if (DirectHeartbeat.isHeartbeat(request, path(request))) {
            passed = heartbeats.answer(request, response, terminal.get());
            if (passed == null) {
                return;
            }
        }
        chain.doFilter(passed, response);
    }

    private boolean notModified(HttpServletRequest request, HttpServletResponse response,
            AuthenticatedTerminal terminal) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || !"GET".equals(request.getMethod())) {
            return false;
        }
        PolledResource resource = polled.get(path(request));
        if (resource == null) {
            return false;
        }
        String etag = resource.etagFor(terminal);
        if (!ETagAnswer.matches(ifNoneMatch, etag)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, ETagAnswer.CACHE_CONTROL);
        return true;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The credential of an {@code Authorization: Bearer} header, if there is one. */
    static Optional<String> bearerCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String credential = authorization.substring(BEARER.length()).strip();
        return credential.isEmpty() ? Optional.empty() : Optional.of(credential);
    }
}
