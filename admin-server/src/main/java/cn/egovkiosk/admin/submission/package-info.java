/** Applications from terminals: idempotent intake, tracking numbers, status queries and the submissions page. */
package cn.egovkiosk.admin.submission;
