/** Catalog snapshots: the service items a terminal serves. */
package cn.egovkiosk.protocol.catalog;
