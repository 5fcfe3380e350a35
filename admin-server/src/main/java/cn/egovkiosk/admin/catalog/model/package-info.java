/**
 * The catalog as administrators keep it, after the basic elements of the national implementation list
 * (实施清单): departments, service items with their elements and materials, form schemas, themes and 一件事
 * packages. Terminals never see this model whole: a published version maps the kiosk-available items onto the
 * protocol's {@code CatalogItem}.
 */
package cn.egovkiosk.admin.catalog.model;
