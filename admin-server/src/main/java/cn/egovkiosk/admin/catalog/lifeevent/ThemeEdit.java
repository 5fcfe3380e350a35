package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import java.util.List;

/**
 * A life event (主题) as administrators edit it.
 *
 * @param code         e.g. {@code BIRTH}
 * @param name         e.g. 出生
 * @param nameEn       the name in English, may be empty
 * @param audience     individuals or companies
 * @param displayOrder position in lists, low first
 * @param packageCodes its 一件事 packages in the order kiosks list them; naming a package of another life event
 *                     moves it here, and every package it has must stay named (a package has exactly one)
 */
public record ThemeEdit(String code, String name, String nameEn, Audience audience, int displayOrder,
        List<String> packageCodes) {

    public ThemeEdit {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        packageCodes = packageCodes == null ? List.of() : List.copyOf(packageCodes);
    }
}
