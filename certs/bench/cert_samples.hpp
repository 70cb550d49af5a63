#pragma once
// Sample certificates and English labels for the benchmark, the tests and the test probe.
// Real labels come translated from the kiosk's content; these stand in for them.
#include <string>

#include "certificate_pdf.hpp"
#include "venue_pdf.hpp"

namespace signaal::certs::samples {

inline Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

inline CertificateLabels labels() {
    CertificateLabels l;
    l.title = "Certificate";
    l.subtitle = "of completion";
    l.presented_to = "This certifies that";
    l.has_completed = "has successfully completed the training";
    l.completed_on = "Completed";
    l.valid_until = "Valid until";
    l.score = "Score";
    l.serial = "Serial number";
    l.verification_code = "Verification code";
    l.verify_hint = "Scan the QR code or enter the code at signaal.example/verify";
    return l;
}

// The Chinese labels and module title as content/ui/zh-Hans.toml and the hotel module have them.
inline CertificateLabels chinese_labels() {
    CertificateLabels l;
    l.title = "证书";
    l.presented_to = "兹证明";
    l.has_completed = "已成功完成以下培训：";
    l.completed_on = "完成日期";
    l.valid_until = "有效期至";
    l.score = "成绩";
    l.serial = "编号";
    l.verification_code = "验证码";
    l.verify_hint = "扫描二维码，或请发证机构核对验证码。";
    return l;
}

inline const char* const kChineseModuleTitle = "酒店和度假村：识别性剥削";

inline VenueLabels venue_labels() {
    VenueLabels l;
    l.title = "Certified venue";
    l.statement = "Our staff are trained to recognise the signs of human trafficking and know how to report them safely.";
    l.staff_trained = "of our staff have completed the training";
    l.issued_on = "Issued";
    l.valid_until = "Valid until";
    l.serial = "Serial number";
    l.verification_code = "Verification code";
    l.verify_hint = "Scan the QR code or enter the code at signaal.example/verify";
    return l;
}

inline PersonalCertificate certificate(const std::string& name, const std::string& serial,
                                       Date valid_until = ymd(2027, 11, 23)) {
    PersonalCertificate c;
    c.claim = {serial, name, "hotel-reception", 3, ymd(2025, 11, 23), valid_until, "nl-signaal"};
    c.organisation_name = "Stichting Signaal — Netwerk tegen mensenhandel";
    c.module_title = "Recognising human trafficking at the hotel reception";
    c.score_text = "92%";
    return c;
}

inline VenueCertificate venue(const std::string& name, int trained, int staff) {
    VenueCertificate v;
    v.claim = {"SV-2025-000042", name, "nl-signaal", trained, staff, ymd(2025, 11, 23), ymd(2026, 11, 23)};
    v.organisation_name = "Stichting Signaal — Netwerk tegen mensenhandel";
    return v;
}

}  // namespace signaal::certs::samples
