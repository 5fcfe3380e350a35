package cn.egovkiosk.device.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Content for document tests and benchmarks' equivalents. */
final class SampleDocuments {

    static final String RECEIPT_QR = "https://zwfw.example.cn/q/2026-000123";
    static final String GUIDE_QR = "https://zwfw.example.cn/item/350203-0001";
    static final String CERTIFICATE_QR = "https://zwfw.example.cn/verify/CERT-8F3A2C";

    private SampleDocuments() {
    }

    static ReceiptContent receipt(String applicant) {
        return new ReceiptContent("2026-000123", applicant, "居住证签注", "思明区公安分局",
                LocalDateTime.of(2026, 11, 28, 9, 30), RECEIPT_QR, List.of("请于5个工作日后凭本回执领取结果。"));
    }

    static ServiceGuideContent guide() {
        return new ServiceGuideContent("居住证签注", "思明区公安分局",
                List.of("在本市居住满半年", "有合法稳定就业、合法稳定住所或连续就读"),
                List.of("居民身份证原件", "居住证原件", "近期一寸免冠照片一张"), "即办件", "不收费",
                "思明区政务服务中心一楼综合窗口", GUIDE_QR);
    }

    static CertificateContent certificate(String holder) {
        return new CertificateContent("社会保险参保缴费证明", "SB-2026-004211", holder, "3502**********1234",
                List.of(new CertificateContent.Field("参保险种", "城镇职工基本养老保险"),
                        new CertificateContent.Field("参保单位", "厦门市某某科技有限公司"),
                        new CertificateContent.Field("缴费期间", "2024年1月至2026年10月，共34个月")),
                "厦门市社会保险管理中心", LocalDate.of(2026, 11, 28), CERTIFICATE_QR);
    }
}
