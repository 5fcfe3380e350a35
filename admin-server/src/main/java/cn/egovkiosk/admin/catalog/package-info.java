/** The service catalog: items, departments and the immutable versions published to terminals. */
package cn.egovkiosk.admin.catalog;
