package cn.egovkiosk.admin.terminal;

/**
 * The terminal whose credential a request carried; controllers take it as
 * {@code @RequestAttribute(AuthenticatedTerminal.ATTRIBUTE)}.
 *
 * @param id        the terminal id
 * @param site      where the terminal stands
 * @param groupCode its site group, empty for a configured terminal
 */
public record AuthenticatedTerminal(String id, String site, String groupCode) {

    public static final String ATTRIBUTE = "cn.egovkiosk.admin.terminal.AuthenticatedTerminal";

    public AuthenticatedTerminal {
        groupCode = groupCode == null ? "" : groupCode;
    }

    /** A terminal outside any group (configured under {@code admin.terminals}). */
    public AuthenticatedTerminal(String id, String site) {
        this(id, site, "");
    }
}
