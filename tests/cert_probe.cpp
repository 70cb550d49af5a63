// signaal_cert_probe: drives the certificate library for the shell tests.
//   signaal_cert_probe print OUT.pdf [PRINTER]       render a sample certificate and print it with
//                                                    print_pdf(); "job N" (exit 0) or "error: ..." (1)
//   signaal_cert_probe issue KEYFILE OUT.pdf YYYY-MM-DD
//                                                    sign with KEYFILE, valid until the date; writes
//                                                    the PDF and prints the payload
#include <cstdio>
#include <cstring>
#include <exception>

#include "cert_samples.hpp"
#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "print.hpp"

using namespace signaal::certs;

namespace {

PersonalCertificate sample(Date valid_until) {
    return samples::certificate("Ștefan Dumitrescu", "SG-PROBE-0001", valid_until);
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
            const auto c = sample(samples::ymd(2027, 11, 23));
            const SigningKey key = SigningKey::generate();
            save_pdf(render_certificate(c, sign_payload(c.claim, key), samples::labels(), RenderAssets::defaults()), argv[2]);
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
            save_pdf(render_certificate(c, payload, samples::labels(), RenderAssets::defaults()), argv[3]);
            std::printf("%s\n", payload.c_str());
            return 0;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "signaal_cert_probe: %s\n", e.what());
        return 1;
    }
    return usage();
}
