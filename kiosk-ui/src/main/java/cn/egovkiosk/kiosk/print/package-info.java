/**
 * A4 printing for the resident screens: {@link cn.egovkiosk.kiosk.print.DocumentPrinting} (templates in the resident's
 * language, the kiosk's A4 printer, outcomes in plain words).
 */
package cn.egovkiosk.kiosk.print;
