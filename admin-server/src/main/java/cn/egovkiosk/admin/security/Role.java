package cn.egovkiosk.admin.security;

/** What a user of the admin server may do. */
public enum Role {
    /** Everything, including users and the audit log. */
    ADMIN,
    /** The catalog: items, packages, publishing and rollback. */
    CATALOG_EDITOR,
    /** Terminals: registration, enrollment codes, revocation, device configuration. */
    TECHNICIAN,
    /** Reads everything, changes nothing; the audit log. */
    AUDITOR,
    /**
     * A department's officer at the desk: sees and handles the applications of the department named for the user in
     * {@code admin.applications.officer-departments} (issue 6).
     */
    OFFICER
}
