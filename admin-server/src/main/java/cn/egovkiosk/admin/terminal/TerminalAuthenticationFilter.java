package cn.egovkiosk.admin.terminal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a terminal API request through only with {@code Authorization: Bearer <credential>} of a configured
 * terminal. Anything else gets 401 with {@code WWW-Authenticate: Bearer} and an empty body: a caller without a
 * valid credential learns nothing about the API.
 */
class TerminalAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TerminalCredentials credentials;

    TerminalAuthenticationFilter(TerminalCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AuthenticatedTerminal> terminal = bearerCredential(request.getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(credentials::authenticate);
        if (terminal.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return;
        }
        request.setAttribute(AuthenticatedTerminal.ATTRIBUTE, terminal.get());
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String credential = authorization.substring(BEARER.length()).strip();
        return credential.isEmpty() ? Optional.empty() : Optional.of(credential);
    }
}
