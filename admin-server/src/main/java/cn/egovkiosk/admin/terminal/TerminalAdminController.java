package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.terminal.TerminalFleet.TerminalOverview;
import cn.egovkiosk.admin.terminal.TerminalRegistry.IssuedEnrollmentCode;
import java.security.Principal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Management API of terminals: the fleet's status, registration, enrollment codes and revocation. */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/terminals")
class TerminalAdminController {

    private final TerminalFleet fleet;
    private final TerminalRegistry registry;

    TerminalAdminController(TerminalFleet fleet, TerminalRegistry registry) {
        this.fleet = fleet;
        this.registry = registry;
    }

    @GetMapping
    List<TerminalOverview> fleet() {
        return fleet.overview();
    }

    @PostMapping
    ResponseEntity<RegisteredTerminal> create(@RequestBody NewTerminal terminal, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registry.create(terminal, principal.getName()));
    }

    /** A one-time enrollment code, shown in this answer only. */
    @PostMapping("/{id}/enrollment-codes")
    ResponseEntity<IssuedEnrollmentCode> enrollmentCode(@PathVariable String id, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(registry.issueEnrollmentCode(id, principal.getName()));
    }

    @PostMapping("/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String id, Principal principal) {
        registry.revoke(id, principal.getName());
        return ResponseEntity.noContent().build();
    }
}
