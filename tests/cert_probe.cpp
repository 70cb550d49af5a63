// signaal_cert_probe: drives the certificate library for the shell tests.
//   signaal_cert_probe print OUT.pdf [PRINTER]       render a sample certificate and print it with
//                                                    print_pdf(); "job N" (exit 0) or "error: ..." (1)
//   signaal_cert_probe issue KEYFILE OUT.pdf YYYY-MM-DD
//                                                    sign with KEYFILE, valid until the date; writes
//                                                    the PDF and prints the payload
#include <cstdio>
#include <cstring>
#include <exception>

#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "print.hpp"

using namespace signaal::certs;

namespace {

PersonalCertificate sample(Date valid_until) {
    PersonalCertificate c;
    c.claim = {"SG-PROBE-0001", "Ștefan Dumitrescu", "hotel-reception", 1,
               Date{std::chrono::year(2024), std::chrono::month(11), std::chrono::day(23)}, valid_until, "nl-signaal"};
    c.organisation_name = "Stichting Signaal";
    c.module_title = "Probe module";
    c.score_text = "100%";
    return c;
}

CertificateLabels labels() {
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
    return l;
}

std::optional<Date> parse_iso(const char* s) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(s, "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
    const Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    return date.ok() ? std::optional(date) : std::nullopt;
}

int usage() {
    std::fprintf(stderr, "usage: signaal_cert_probe print OUT.pdf [PRINTER]\n"
                         "       signaal_cert_probe issue KEYFILE OUT.pdf YYYY-MM-DD\n");
    return 64;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc >= 3 && argc <= 4 && !std::strcmp(argv[1], "print")) {
            const Date until{std::chrono::year(2027), std::chrono::month(11), std::chrono::day(23)};
            const auto c = sample(until);
            const SigningKey key = SigningKey::generate();
            save_pdf(render_certificate(c, sign_payload(c.claim, key), labels(), RenderAssets::defaults()), argv[2]);
            const PrintResult r = print_pdf(argv[2], argc == 4 ? argv[3] : "", "Signaal certificate test");
            if (!r.ok()) {
                std::printf("error: %s\n", r.error.c_str());
                return 1;
            }
            std::printf("job %d\n", r.job_id);
            return 0;
        }
        if (argc == 5 && !std::strcmp(argv[1], "issue")) {
            const auto until = parse_iso(argv[4]);
            if (!until) return usage();
            const SigningKey key = load_signing_key(argv[2]);
            const auto c = sample(*until);
            const std::string payload = sign_payload(c.claim, key);
            save_pdf(render_certificate(c, payload, labels(), RenderAssets::defaults()), argv[3]);
            std::printf("%s\n", payload.c_str());
            return 0;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "signaal_cert_probe: %s\n", e.what());
        return 1;
    }
    return usage();
}
