package cn.egovkiosk.admin.terminal;

/**
 * The terminal whose credential a request carried; controllers take it as
 * {@code @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE)}.
 *
 * @param id   the terminal id
 * @param site where the terminal stands
 */
public record AuthenticatedTerminal(String id, String site) {

    public static final String ATTRIBUTE = "cn.egovkiosk.admin.terminal.AuthenticatedTerminal";
}
