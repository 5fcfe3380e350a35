package cn.egovkiosk.admin.terminal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import cn.egovkiosk.protocol.TerminalApi;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a terminal API request through only with {@code Authorization: Bearer <credential>} of a configured or an
 * enrolled terminal. Anything else gets 401 with {@code WWW-Authenticate: Bearer} and an empty body: a caller
 * without a valid credential learns nothing about the API. Enrollment is the one call without a credential: it is
 * how a terminal gets one.
 */
class TerminalAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TerminalAuthenticator authenticator;

    TerminalAuthenticationFilter(TerminalAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return TerminalApi.ENROLL.equals(request.getRequestURI().substring(request.getContextPath().length()));
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
        request.setAttribute(AuthenticatedTerminal.ATTRIBUTE, terminal.get());
        chain.doFilter(request, response);
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
