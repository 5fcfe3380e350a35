package cn.egovkiosk.admin.catalog.model;

/**
 * 办理地点 and 办理时间.
 *
 * @param address where to go for the counter part, if any
 * @param hours   opening hours as published
 */
public record ServicePlace(String address, String hours) {
}
