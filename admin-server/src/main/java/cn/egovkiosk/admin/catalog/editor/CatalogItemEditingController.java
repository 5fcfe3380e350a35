package cn.egovkiosk.admin.catalog.editor;

import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.FormSchema;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.admin.support.ApiProblem;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management API of item editing: an item with its form schema into the draft, through the same checks and audit
 * as the admin UI ({@link CatalogEditing}). 400 names the broken rule, 404 an unknown item, 409 a taken code.
 */
@RestController
@RequestMapping(AdminApiAccess.BASE + "/catalog/items")
class CatalogItemEditingController {

    private final CatalogEditing editing;

    CatalogItemEditingController(CatalogEditing editing) {
        this.editing = editing;
    }

    /** The item's form schema; an item without a form has no fields. */
    @GetMapping("/{code}/form")
    FormSchema form(@PathVariable String code) {
        if (editing.item(code).isEmpty()) {
            throw ApiProblem.notFound("No item with this code.");
        }
        return editing.form(code).orElseGet(() -> new FormSchema(code, List.of()));
    }

    @PostMapping
    ResponseEntity<ItemWithForm> create(@RequestBody ItemWithForm body, Principal principal) {
        ServiceItem item = complete(body);
        editing.save(item, form(item.code(), body.form()), true, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored(item.code()));
    }

    @PutMapping("/{code}")
    ItemWithForm update(@PathVariable String code, @RequestBody ItemWithForm body, Principal principal) {
        ServiceItem item = complete(body);
        if (!code.equals(item.code())) {
            throw ApiProblem.badRequest("The code in the body differs from the code in the path.");
        }
        editing.save(item, form(code, body.form()), false, principal.getName());
        return stored(code);
    }

    private static FormSchema form(String code, List<FormField> fields) {
        if (fields.stream().map(FormField::key).distinct().count() != fields.size()) {
            throw ApiProblem.badRequest("form has a field key twice.");
        }
        return new FormSchema(code, fields);
    }

    private ItemWithForm stored(String code) {
        return new ItemWithForm(editing.item(code).orElseThrow(), form(code).fields());
    }

    /** The rules read every element: a missing one is a bad request, not a server fault. */
    private static ServiceItem complete(ItemWithForm body) {
        ServiceItem item = body.item();
        boolean missing = item == null || Stream.of(item.code(), item.name(), item.nameEn(), item.departmentCode(),
                item.type(), item.limits(), item.limits() == null ? null : item.limits().caseType(),
                item.acceptanceConditions(), item.process(), item.fee(), item.place(),
                item.place() == null ? null : item.place().address(),
                item.place() == null ? null : item.place().hours()).anyMatch(Objects::isNull)
                || item.materials().stream().anyMatch(ItemWithForm::incomplete)
                || body.form().stream().anyMatch(ItemWithForm::incomplete);
        if (missing) {
            throw ApiProblem.badRequest("item needs every element: code, name, nameEn, departmentCode, type, limits,"
                    + " acceptanceConditions, process, fee, place (address, hours); each material and form field all of theirs.");
        }
        return item;
    }

    /**
     * An item and its form as the API takes and gives them.
     *
     * @param item the item with all its elements
     * @param form its form fields in display order, none for an item without a form
     */
    record ItemWithForm(ServiceItem item, List<FormField> form) {

        ItemWithForm {
            form = form == null ? List.of() : List.copyOf(form);
        }

        static boolean incomplete(Material m) {
            return m == null || m.name() == null || m.form() == null || m.source() == null;
        }

        static boolean incomplete(FormField f) {
            return f == null || f.key() == null || f.label() == null || f.type() == null || f.prefill() == null;
        }
    }
}
