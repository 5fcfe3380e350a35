/**
 * The progress query (办件进度查询): a tracking number plus a second factor, at the kiosk
 * ({@code POST /api/terminal/v1/progress}) and on the public page {@code /progress}; an unknown number and a wrong
 * factor are answered alike, and guessing is rate-limited ({@link cn.egovkiosk.admin.progress.ProgressGuard}).
 */
package cn.egovkiosk.admin.progress;
