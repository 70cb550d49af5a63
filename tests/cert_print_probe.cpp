// signaal_cert_print_probe OUT.pdf [PRINTER]: renders a sample certificate to OUT.pdf and sends it
// through print_pdf(), the code path the kiosk uses. For tests/cups_print_test.sh.
// Prints "job N" and exits 0, or "error: ..." and exits 1.
#include <cstdio>

#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "print.hpp"

using namespace signaal::certs;

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: signaal_cert_print_probe OUT.pdf [PRINTER]\n");
        return 64;
    }
    const Date day{std::chrono::year(2025), std::chrono::month(11), std::chrono::day(23)};
    PersonalCertificate c;
    c.claim = {"SG-PRINT-0001", "Ștefan Dumitrescu", "hotel-reception", 1, day,
               Date{std::chrono::year(2027), std::chrono::month(11), std::chrono::day(23)}, "nl-signaal"};
    c.organisation_name = "Stichting Signaal";
    c.module_title = "Print test module";
    c.score_text = "100%";
    CertificateLabels l;
    l.title = "Certificate";
    l.presented_to = "This certifies that";
    l.has_completed = "has completed";
    l.completed_on = "Completed";
    l.valid_until = "Valid until";
    l.score = "Score";
    l.serial = "Serial";
    l.verification_code = "Code";
    l.verify_hint = "Verify online";
    const SigningKey key = SigningKey::generate();
    save_pdf(render_certificate(c, sign_payload(c.claim, key), l, RenderAssets::defaults()), argv[1]);
    const PrintResult r = print_pdf(argv[1], argc == 3 ? argv[2] : "", "Signaal certificate test");
    if (!r.ok()) {
        std::printf("error: %s\n", r.error.c_str());
        return 1;
    }
    std::printf("job %d\n", r.job_id);
    return 0;
}
