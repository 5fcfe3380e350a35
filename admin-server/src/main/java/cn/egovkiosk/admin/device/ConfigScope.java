package cn.egovkiosk.admin.device;

/**
 * Where a device setting applies.
 *
 * @param kind  a site group (defaults) or one terminal (on top of its group's)
 * @param value the group code or terminal id
 */
public record ConfigScope(Kind kind, String value) {

    public static ConfigScope group(String groupCode) {
        return new ConfigScope(Kind.GROUP, groupCode);
    }

    public static ConfigScope terminal(String terminalId) {
        return new ConfigScope(Kind.TERMINAL, terminalId);
    }

    @Override
    public String toString() {
        return kind + " " + value;
    }

    /** Scope kinds. */
    public enum Kind {
        GROUP, TERMINAL
    }
}
