package cn.egovkiosk.admin.catalog;

/**
 * The terminals a release goes to.
 *
 * @param kind  all terminals, a site group or one terminal
 * @param value the group code or terminal id; empty for all
 */
public record ReleaseTarget(Kind kind, String value) {

    public static final ReleaseTarget ALL = new ReleaseTarget(Kind.ALL, "");

    public ReleaseTarget {
        value = kind == Kind.ALL || value == null ? "" : value;
    }

    public static ReleaseTarget group(String groupCode) {
        return new ReleaseTarget(Kind.GROUP, groupCode);
    }

    public static ReleaseTarget terminal(String terminalId) {
        return new ReleaseTarget(Kind.TERMINAL, terminalId);
    }

    boolean matches(String terminalId, String groupCode) {
        return switch (kind) {
            case ALL -> true;
            case GROUP -> value.equals(groupCode);
            case TERMINAL -> value.equals(terminalId);
        };
    }

    /** Kinds of target, least specific first: a more specific release wins over a less specific one. */
    public enum Kind {
        ALL, GROUP, TERMINAL
    }
}
