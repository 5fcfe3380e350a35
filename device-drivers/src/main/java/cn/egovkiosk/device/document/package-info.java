/**
 * Printed documents and the A4 printer: {@link cn.egovkiosk.device.document.DocumentTemplates} makes the 80 mm receipt,
 * the A4 service guide and the A4 certificate as PDF (PDFBox, WenQuanYi Micro Hei subset, QR codes, visible fallback
 * for characters the font lacks); {@link cn.egovkiosk.device.document.CupsDocumentPrinter} prints PDFs through
 * javax.print on ISO A4 and watches the CUPS queue with lpstat ({@link cn.egovkiosk.device.document.CupsClient}).
 */
package cn.egovkiosk.device.document;
