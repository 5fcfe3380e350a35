package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.FormField;
import cn.egovkiosk.admin.catalog.model.Material;
import java.util.List;

/**
 * What a kiosk would get for a package with these items ("一表申请、一套材料"): its merged form and merged list of
 * materials, computed as publishing computes them.
 */
public record PackagePreview(List<FormField> form, List<Material> materials) {

    public PackagePreview {
        form = List.copyOf(form);
        materials = List.copyOf(materials);
    }
}
