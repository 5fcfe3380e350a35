package cn.egovkiosk.admin.security;

import cn.egovkiosk.admin.support.AuditLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/v1/audit}: the latest audited writes (ADMIN, AUDITOR). */
@RestController
class AuditController {

    static final int MAX = 500;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(AdminApiAccess.BASE + "/audit")
    List<AuditLog.Entry> latest(@RequestParam(defaultValue = "50") int limit) {
        return audit.latest(Math.clamp(limit, 1, MAX));
    }
}
