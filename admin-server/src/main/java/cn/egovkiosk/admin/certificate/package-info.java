/**
 * Certificates (证明) issued from shared data and signed with Ed25519: five templates
 * ({@link cn.egovkiosk.admin.certificate.CertificateTemplate}), the server's signing key kept in the data folder
 * ({@link cn.egovkiosk.admin.certificate.CertificateSigner}), the public keys for terminals
 * ({@code GET /api/terminal/v1/signing-keys}) and the public page {@code /verify/{code}} that checks the stored
 * signed bytes.
 */
package cn.egovkiosk.admin.certificate;
