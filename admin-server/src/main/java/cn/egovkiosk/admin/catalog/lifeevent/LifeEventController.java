package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.ApiProblem;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management API of the draft's 一件事 packages and life events, through the same checks and audit as the admin UI
 * ({@link PackageEditing}): 400 names the broken rule, 404 an unknown code, 409 a taken code or a life event that
 * still has packages. Terminals see changes after the next publication.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/catalog")
class LifeEventController {

    private final PackageEditing editing;

    LifeEventController(PackageEditing editing) {
        this.editing = editing;
    }

    /** Packages in display order, those of one life event when {@code theme} is given. */
    @GetMapping("/packages")
    List<PackageEdit> packages(@RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String theme) {
        return editing.packages(text, theme);
    }

    @GetMapping("/packages/{code}")
    PackageEdit pack(@PathVariable String code) {
        return editing.pack(code).orElseThrow(() -> ApiProblem.notFound("No package with this code."));
    }

    /** The merged form and materials kiosks will get for the package as stored in the draft. */
    @GetMapping("/packages/{code}/preview")
    PackagePreview preview(@PathVariable String code) {
        return editing.preview(code, pack(code).itemCodes());
    }

    @PostMapping("/packages")
    ResponseEntity<PackageEdit> create(@RequestBody PackageEdit pack, Principal principal) {
        editing.save(pack, true, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(pack(pack.code()));
    }

    @PutMapping("/packages/{code}")
    PackageEdit update(@PathVariable String code, @RequestBody PackageEdit pack, Principal principal) {
        sameCode(code, pack.code());
        editing.save(pack, false, principal.getName());
        return pack(code);
    }

    @DeleteMapping("/packages/{code}")
    ResponseEntity<Void> deletePackage(@PathVariable String code, Principal principal) {
        editing.deletePackage(code, principal.getName());
        return ResponseEntity.noContent().build();
    }

    /** Life events in display order, each with its packages in order. */
    @GetMapping("/themes")
    List<ThemeEdit> themes() {
        return editing.themes();
    }

    @GetMapping("/themes/{code}")
    ThemeEdit theme(@PathVariable String code) {
        return editing.theme(code).orElseThrow(() -> ApiProblem.notFound("No life event with this code."));
    }

    @PostMapping("/themes")
    ResponseEntity<ThemeEdit> create(@RequestBody ThemeEdit theme, Principal principal) {
        editing.save(theme, true, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(theme(theme.code()));
    }

    @PutMapping("/themes/{code}")
    ThemeEdit update(@PathVariable String code, @RequestBody ThemeEdit theme, Principal principal) {
        sameCode(code, theme.code());
        editing.save(theme, false, principal.getName());
        return theme(code);
    }

    @DeleteMapping("/themes/{code}")
    ResponseEntity<Void> deleteTheme(@PathVariable String code, Principal principal) {
        editing.deleteTheme(code, principal.getName());
        return ResponseEntity.noContent().build();
    }

    static void sameCode(String path, String body) {
        if (!path.equals(body)) {
            throw ApiProblem.badRequest("The code in the body differs from the code in the path.");
        }
    }
}
