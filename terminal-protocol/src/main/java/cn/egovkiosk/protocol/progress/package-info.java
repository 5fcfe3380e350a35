/** The progress query (办件进度查询) a kiosk and the public page make. */
package cn.egovkiosk.protocol.progress;
