package cn.egovkiosk.admin.terminal;

/**
 * A terminal API resource that the fleet polls with {@code If-None-Match} and whose ETag is known without building
 * the answer (the catalog, the device configuration). The bearer filter answers such a poll 304 itself when the
 * ETag still matches: most polls hear "not modified", and that answer needs neither Spring MVC nor a body.
 */
public interface PolledResource {

    /** The request path, e.g. {@code /api/terminal/v1/catalog}. */
    String path();

    /** The quoted ETag that the answer to this terminal carries now. */
    String etagFor(AuthenticatedTerminal terminal);
}
