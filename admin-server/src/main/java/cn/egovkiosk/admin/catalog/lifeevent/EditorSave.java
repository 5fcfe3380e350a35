package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.support.ApiProblem;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;

/** How the package and life-event editors store an edit: a broken rule or a taken code shows beside its field. */
final class EditorSave {

    private EditorSave() {
    }

    /**
     * @param problem      the rule the edit breaks, as {@link PackageEditing} checks it
     * @param save         stores the edit
     * @param showProblem  marks the field a message key is about
     * @param codeTakenKey the message key for a new code someone else has
     * @return whether the edit was stored
     */
    static boolean store(Optional<String> problem, Runnable save, Consumer<String> showProblem,
            String codeTakenKey) {
        if (problem.isPresent()) {
            showProblem.accept(problem.get());
            return false;
        }
        try {
            save.run();
            return true;
        } catch (ApiProblem e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            showProblem.accept(codeTakenKey); // someone stored the same new code since the rules were checked
            return false;
        }
    }
}
