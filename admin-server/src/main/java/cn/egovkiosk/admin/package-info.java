/**
 * The admin server, packaged by feature: {@code catalog} (service items and published versions), {@code terminal}
 * (credentials, heartbeats, fleet status), {@code submission} (idempotent intake, tracking numbers) and a small
 * {@code support} package for storage, JSON, errors and messages.
 */
package cn.egovkiosk.admin;
