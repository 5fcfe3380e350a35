/**
 * Certificates (证明) the server issues with an acknowledgement: the signing keys ({@link
 * cn.egovkiosk.kiosk.certificate.SigningKeys}), the check before printing, the A4 layout and the done screen's
 * {@link cn.egovkiosk.kiosk.certificate.CertificatePanel}. Nothing that fails the Ed25519 check is printed.
 */
package cn.egovkiosk.kiosk.certificate;
