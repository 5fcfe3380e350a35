package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.admin.support.OnPostgres;

/** The tests of {@link CertificateIssueTest} on PostgreSQL. */
@OnPostgres
class CertificateIssueOnPostgresTest extends CertificateIssueTest {
}
