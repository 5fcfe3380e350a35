package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.ApiProblem;
import java.util.regex.Pattern;

/**
 * A terminal as an administrator registers it, before it is enrolled.
 *
 * @param id        lower-case letters, digits and dashes, 3 to 40 characters, e.g. {@code sm-community-017}
 * @param site      where it stands, e.g. 嘉莲街道社区服务站
 * @param address   the street address
 * @param latitude  WGS-84 degrees
 * @param longitude WGS-84 degrees
 * @param groupCode the site group it belongs to (targets and configuration defaults)
 */
public record NewTerminal(String id, String site, String address, double latitude, double longitude,
        String groupCode) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");

    /** @throws ApiProblem when a field is missing or out of range */
    void validate() {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiProblem.badRequest("id must be 3 to 40 lower-case letters, digits or dashes.");
        }
        requireText(site, "site");
        requireText(address, "address");
        requireText(groupCode, "groupCode");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw ApiProblem.badRequest("latitude must be within ±90 and longitude within ±180 degrees.");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw ApiProblem.badRequest(field + " is required and has at most 200 characters.");
        }
    }
}
