/** Device configuration a terminal fetches from {@code GET /api/terminal/v1/config} (ETag = content hash). */
package cn.egovkiosk.protocol.config;
