/**
 * Device configuration of terminals: group defaults with per-terminal settings on top, versioned by revision,
 * delivered at {@code GET /api/terminal/v1/config} with the content hash as ETag, every change audited.
 */
package cn.egovkiosk.admin.device;
