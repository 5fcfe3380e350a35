package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management API of the catalog: items as edited, releases, publishing and rollback. Writes of items are
 * {@code CatalogItemEditingController}'s, of packages and life events {@code LifeEventController}'s.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/catalog")
class CatalogAdminController {

    private final CatalogReader reader;
    private final PublishedCatalog published;

    CatalogAdminController(CatalogReader reader, PublishedCatalog published) {
        this.reader = reader;
        this.published = published;
    }

    /** Items with all their elements, in display order; {@code limit} at most 500. */
    @GetMapping("/items")
    List<ServiceItem> items(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return reader.items().stream().skip(Math.max(0, offset)).limit(Math.clamp(limit, 1, 500)).toList();
    }

    @GetMapping("/items/{code}")
    ServiceItem item(@PathVariable String code) {
        return reader.item(code).orElseThrow(() -> ApiProblem.notFound("No item with this code."));
    }

    @GetMapping("/releases")
    List<CatalogRelease> releases() {
        return published.releases();
    }

    /** Publishes the kiosk items as now edited to the target. */
    @PostMapping("/releases")
    ResponseEntity<PublishedVersion> publish(@RequestBody ReleaseTarget target, Principal principal) {
        if (target.kind() == null || target.kind() != ReleaseTarget.Kind.ALL && target.value().isBlank()) {
            throw ApiProblem.badRequest("kind is required, and value for GROUP and TERMINAL.");
        }
        CatalogSnapshot version = published.publish(target, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PublishedVersion(version.version(), version.contentHash()));
    }

    @PostMapping("/releases/{id}/rollback")
    ResponseEntity<Void> rollBack(@PathVariable String id, Principal principal) {
        if (!published.rollBack(id, principal.getName())) {
            throw ApiProblem.conflict("The release was rolled back before, or is the last one to all terminals.");
        }
        return ResponseEntity.noContent().build();
    }

    /** The version a publication made or reused. */
    record PublishedVersion(long version, String contentHash) {
    }
}
