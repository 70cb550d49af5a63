// Certificate PDFs checked the way a person and a verifier see them: poppler's text, fonts and metadata.
#include <catch2/catch.hpp>

#include <cstring>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "batch.hpp"
#include "cert_samples.hpp"
#include "cert_test_support.hpp"
#include "certificate_pdf.hpp"
#include "pdf_canvas.hpp"
#include "pdf_payload.hpp"
#include "venue_pdf.hpp"

using namespace signaal::certs;
using namespace signaal::certs::test;

namespace {

using samples::ymd;

const SigningKey& key() {
    static const SigningKey k = SigningKey::generate();
    return k;
}

CertificateLabels labels() { return samples::labels(); }

PersonalCertificate cert(const std::string& name, int i) {
    return samples::certificate(name, "SG-2025-" + std::to_string(7000 + i));
}

std::string long_name() {
    // 120 characters, diacritics in several scripts, some very long words.
    std::string n = "Anna-Łucja Wiśniewska-Özdemir Ștefănescu Zoë Иванова-Петрова de la Fuente y Zúñiga "
                    "Konstantinopoulou-Vanderbilt Ørsted";
    // Count characters, not bytes, and pad with a plain surname part to exactly 120.
    auto chars = [](const std::string& s) {
        std::size_t c = 0;
        for (unsigned char b : s) c += (b & 0xC0) != 0x80;
        return c;
    };
    while (chars(n) < 120) n += "x";
    while (chars(n) > 120) n.pop_back();
    return n;
}

}  // namespace

TEST_CASE("certificates show names in any Latin or Cyrillic script, with embedded fonts and a verifiable payload",
          "[cert][pdf]") {
    TempDir tmp;
    const std::vector<std::string> names = {"Łukasz Wiśniewski-Özdemir", "Zoë de Vries", "Ștefan Dumitrescu",
                                            "Иван Петров", long_name()};
    REQUIRE(long_name().size() > 120);  // multi-byte characters: more bytes than characters
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto c = cert(names[i], static_cast<int>(i));
        const std::string payload = sign_payload(c.claim, key());
        const auto pdf = tmp.path() / ("cert" + std::to_string(i) + ".pdf");
        const auto bytes = render_certificate(c, payload, labels(), RenderAssets::defaults());
        save_pdf(bytes, pdf);
        INFO(names[i]);
        CHECK(bytes.size() < 60 * 1024);

        const std::string text = without_whitespace(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
        CHECK(text.find(without_whitespace(names[i])) != std::string::npos);
        CHECK(text.find(without_whitespace(c.module_title)) != std::string::npos);
        CHECK(text.find(c.claim.serial) != std::string::npos);
        CHECK(text.find("2027-11-23") != std::string::npos);

        std::istringstream fonts(run("pdffonts '" + pdf.string() + "'"));
        std::string line;
        int font_lines = 0;
        while (std::getline(fonts, line)) {
            if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0 || line.empty()) continue;
            ++font_lines;
            INFO(line);
            CHECK(line.find(" yes ") != std::string::npos);  // the emb column
            CHECK(line.find(" no ") == std::string::npos);
        }
        CHECK(font_lines == 2);

        const auto extracted = payload_from_pdf(pdf);
        REQUIRE(extracted);
        CHECK(*extracted == payload);
        const auto v = verify_payload(*extracted, key().public_key(), ymd(2026, 6, 1));
        CHECK(v.verdict == Verdict::Valid);
        REQUIRE(v.personal);
        CHECK(v.personal->person_name == names[i]);
    }
}

TEST_CASE("PDF metadata carries title, author, subject and creator", "[cert][pdf]") {
    TempDir tmp;
    const auto c = cert("Zoë de Vries", 9);
    const auto pdf = tmp.path() / "meta.pdf";
    save_pdf(render_certificate(c, sign_payload(c.claim, key()), labels(), RenderAssets::defaults()), pdf);
    const std::string info = run("pdfinfo '" + pdf.string() + "'");
    CHECK(info.find("Certificate SG-2025-7009") != std::string::npos);
    CHECK(info.find("Stichting Signaal") != std::string::npos);
    CHECK(info.find("Recognising human trafficking at the hotel reception") != std::string::npos);
    CHECK(info.find("Creator:         Signaal") != std::string::npos);
    CHECK(info.find("CreationDate:") != std::string::npos);
    CHECK(info.find("A4") != std::string::npos);
    CHECK(info.find("841.89 x 595.276") != std::string::npos);  // landscape
}

TEST_CASE("payload extraction is bounded and handles PDF string escapes", "[cert][pdf]") {
    CHECK(payload_from_pdf_bytes("") == std::nullopt);
    CHECK(payload_from_pdf_bytes("/Keywords") == std::nullopt);
    CHECK(payload_from_pdf_bytes("/Keywords (unterminated") == std::nullopt);
    CHECK(payload_from_pdf_bytes("/Keywords (a\\)b\\\\c(d)e) ") == std::optional<std::string>("a)b\\c(d)e"));
    CHECK(payload_from_pdf_bytes("/Keywords <5347312E> ") == std::optional<std::string>("SG1."));
    CHECK(payload_from_pdf_bytes("/Keywords (old) ... /Keywords (new)") == std::optional<std::string>("new"));
    CHECK(payload_from_pdf_bytes(std::string("/Keywords (\xFE\xFF\0S\0G\x04\x18)", 20)) ==
          std::optional<std::string>("SG\xD0\x98"));  // UTF-16BE, as libharu writes it
    CHECK(payload_from_pdf_bytes("/Keywords (" + std::string(10000, 'A') + ")") == std::nullopt);
    CHECK(payload_from_pdf_bytes("/Keywords (\\") == std::nullopt);
    CHECK(payload_from_pdf_bytes("/Keywords <4") == std::nullopt);
    TempDir tmp;
    std::ofstream(tmp.path() / "x.txt") << "not a pdf";
    CHECK_THROWS_AS(payload_from_pdf(tmp.path() / "x.txt"), PdfError);
    CHECK_THROWS_AS(payload_from_pdf(tmp.path() / "missing.pdf"), PdfError);
}

TEST_CASE("a logo that cannot be read is a clear error naming the file", "[cert][pdf]") {
    TempDir tmp;
    auto assets = RenderAssets::defaults();
    assets.logo_png = tmp.path() / "logo.png";
    std::ofstream(assets.logo_png) << "this is not a png";
    const auto c = cert("Zoë de Vries", 1);
    CHECK_THROWS_WITH(render_certificate(c, sign_payload(c.claim, key()), labels(), assets),
                      Catch::Contains("logo.png"));
    assets.logo_png = tmp.path() / "absent.png";
    CHECK_THROWS_WITH(render_certificate(c, sign_payload(c.claim, key()), labels(), assets),
                      Catch::Contains("does not exist"));
}

TEST_CASE("missing fonts are a clear error", "[cert][pdf]") {
    auto assets = RenderAssets::defaults();
    assets.regular_font = "/nonexistent/font.ttf";
    const auto c = cert("Zoë de Vries", 1);
    CHECK_THROWS_WITH(render_certificate(c, sign_payload(c.claim, key()), labels(), assets),
                      Catch::Contains("/nonexistent/font.ttf"));
}

TEST_CASE("the venue poster shows the venue, the share trained and a verifiable payload", "[cert][pdf][venue]") {
    TempDir tmp;
    const VenueCertificate v = samples::venue("Hotel Ștefănescu & Zoë", 14, 20);
    const VenueLabels l = samples::venue_labels();
    const std::string payload = sign_payload(v.claim, key());
    const auto pdf = tmp.path() / "venue.pdf";
    save_pdf(render_venue_certificate(v, payload, l, RenderAssets::defaults()), pdf);
    const std::string text = without_whitespace(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
    CHECK(text.find(without_whitespace(v.claim.venue_name)) != std::string::npos);
    CHECK(text.find("70%") != std::string::npos);
    CHECK(text.find("SV-2025-000042") != std::string::npos);
    CHECK(run("pdfinfo '" + pdf.string() + "'").find("595.276 x 841.89") != std::string::npos);  // portrait
    const auto extracted = payload_from_pdf(pdf);
    REQUIRE(extracted);
    CHECK(verify_payload(*extracted, key().public_key(), ymd(2026, 1, 1)).verdict == Verdict::Valid);
}

TEST_CASE("a batch renders every certificate on several threads", "[cert][pdf][batch]") {
    TempDir tmp;
    std::vector<BatchItem> items;
    for (int i = 0; i < 24; ++i) {
        auto c = cert(i % 2 ? "Иван Петров" : "Zoë de Vries", i);
        auto p = sign_payload(c.claim, key());
        items.push_back({std::move(c), std::move(p), tmp.path() / (std::to_string(i) + ".pdf")});
    }
    items.push_back({cert("x", 99), "SG1.x", tmp.path() / "missing-dir" / "x.pdf"});  // cannot be written
    const auto r = render_batch(items, labels(), RenderAssets::defaults(), 2);
    CHECK(r.written == 24);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find("x.pdf") != std::string::npos);
    for (int i = 0; i < 24; ++i) {
        const auto p = payload_from_pdf(tmp.path() / (std::to_string(i) + ".pdf"));
        REQUIRE(p);
        CHECK(*p == items[static_cast<std::size_t>(i)].payload);
    }
}

TEST_CASE("a certificate whose font subset hits libharu's stream-block bug still renders", "[cert][pdf]") {
    // Found by signaal_cert_bench: with these exact glyphs libharu 2.3.0 failed in
    // HPDF_TTFontDef_SaveFontData (error 0x1033) and the certificate was lost.
    const std::string payload =
        "SG1.SG-2025-100199.hotel-reception.3.20251123.20271123.nl-signaal.Wm_DqyBkZSBWcmllcw."
        "ySv3dOjhJnLBVjVvkx6XVTET2gEc-iO_OpisiGKwDuosrU77FB21lIaCmNMSOi_Pfax2Rprkpks00vsSv9kIBw";
    const auto c = samples::certificate("Zoë de Vries", "SG-2025-100199");
    std::vector<std::uint8_t> pdf;
    REQUIRE_NOTHROW(pdf = render_certificate(c, payload, samples::labels(), RenderAssets::defaults()));
    CHECK(payload_from_pdf_bytes(std::string(pdf.begin(), pdf.end())) == payload);
}

namespace {

struct Word {
    std::string text;
    float x0, y0, x1, y1;  // points, origin top left (pdftotext -bbox)
};

std::vector<Word> words_of(const std::filesystem::path& pdf) {
    std::vector<Word> out;
    std::istringstream html(run("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' -"));
    std::string line;
    while (std::getline(html, line)) {
        const auto at = line.find("<word ");
        if (at == std::string::npos) continue;
        Word w{};
        const auto num = [&](const char* key) { return std::stof(line.substr(line.find(key) + std::strlen(key))); };
        w.x0 = num("xMin=\"");
        w.y0 = num("yMin=\"");
        w.x1 = num("xMax=\"");
        w.y1 = num("yMax=\"");
        const auto b = line.find('>', at) + 1;
        w.text = line.substr(b, line.find("</word>") - b);
        out.push_back(w);
    }
    return out;
}

}  // namespace

TEST_CASE("the reporting box stays in its corner: inside its frame, clear of the QR code and every other text",
          "[cert][pdf][route]") {
    TempDir tmp;
    // Bulgarian words and a long contact line, as wide as the box must ever hold.
    auto c = cert("Мария Иванова-Петрова", 1);
    c.module_title = "Хотели и ваканционни паркове: как да разпознаем сексуалната експлоатация на хора";
    c.reporting = {"Къде да съобщиш тук", "На кого да кажеш първо:",
                   "Анна де Врис (aandachtsfunctionaris mensenhandel, вътрешен телефон 204)",
                   {{"Полиция (не е спешно)", "0900-8844"},
                    {"Meld Misdaad Anoniem (анонимно, без името ти)", "0800-7000"},
                    {"Спешно: опасност в момента", "112"}}};
    const auto pdf = tmp.path() / "box.pdf";
    save_pdf(render_certificate(c, sign_payload(c.claim, key()), labels(), RenderAssets::defaults()), pdf);
    const std::string text = without_whitespace(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
    CHECK_THAT(text, Catch::Contains(without_whitespace(c.reporting.title)));
    CHECK_THAT(text, Catch::Contains("Анна"));
    CHECK_THAT(text, Catch::Contains("0900-8844"));
    CHECK_THAT(text, Catch::Contains("0800-7000"));
    CHECK_THAT(text, Catch::Contains("112"));

    const float page_h = 595.28f;
    const float bx0 = 46, bx1 = 196, by0 = page_h - 190, by1 = page_h - 90;  // the box, top-left origin
    const float qx0 = 842 - 52 - 92, qy0 = page_h - 50 - 92, qy1 = page_h - 50;  // the QR code
    const auto words = words_of(pdf);
    REQUIRE(words.size() > 20);
    int in_box = 0;
    for (const auto& w : words) {
        INFO(w.text << " at " << w.x0 << "," << w.y0 << " - " << w.x1 << "," << w.y1);
        CHECK(w.x0 >= 20);  // on the page, inside the frame
        CHECK(w.x1 <= 842 - 20);
        CHECK(w.y1 <= page_h - 20);
        CHECK_FALSE((w.x1 > qx0 && w.y1 > qy0 && w.y0 < qy1));  // nothing over the QR code
        const bool centre_in = (w.x0 + w.x1) / 2 > bx0 && (w.x0 + w.x1) / 2 < bx1 && (w.y0 + w.y1) / 2 > by0 && (w.y0 + w.y1) / 2 < by1;
        const bool touches = w.x1 > bx0 && w.x0 < bx1 && w.y1 > by0 && w.y0 < by1;
        if (centre_in) {
            ++in_box;
            CHECK(w.x0 >= bx0);  // the box's own text stays in it
            CHECK(w.x1 <= bx1);
            CHECK(w.y0 >= by0);
            CHECK(w.y1 <= by1);
        } else {
            CHECK_FALSE(touches);  // and nothing else reaches into it
        }
    }
    CHECK(in_box >= 15);
}

TEST_CASE("a certificate with a Chinese module title embeds the CJK subset font and stays small", "[cert][pdf][cjk]") {
    TempDir tmp;
    auto c = cert("Wang Xiaoming", 42);
    c.module_title = std::string(samples::kChineseModuleTitle) + "（第2版）";
    const auto l = samples::chinese_labels();
    const auto pdf = tmp.path() / "zh.pdf";
    const auto bytes = render_certificate(c, sign_payload(c.claim, key()), l, RenderAssets::defaults());
    save_pdf(bytes, pdf);
    CHECK(bytes.size() < 60 * 1024);
    const std::string text = without_whitespace(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
    CHECK(text.find(c.module_title) != std::string::npos);
    CHECK(text.find("证书") != std::string::npos);
    CHECK(text.find("WangXiaoming") != std::string::npos);
    const std::string fonts = run("pdffonts '" + pdf.string() + "'");
    INFO(fonts);
    std::istringstream lines(fonts);
    std::string line;
    bool cjk = false;
    while (std::getline(lines, line))
        if (line.find("WenQuanYi") != std::string::npos) {
            cjk = true;
            CHECK(line.find("TrueType") != std::string::npos);
            CHECK(line.find(" yes ") != std::string::npos);  // embedded
        }
    CHECK(cjk);
}

TEST_CASE("Chinese text wraps between characters, punctuation kept with the character before", "[cert][pdf][cjk]") {
    PdfCanvas canvas(RenderAssets::defaults(), PdfCanvas::Orientation::Landscape);
    const std::string zh = "如果您发现有人被迫工作、没有自己的证件或者不能自由离开，请不要自己处理，而是立即告诉您的经理。";
    const TextBlock b = canvas.fit(Face::Regular, zh, 200, 14, 10, 10);
    CHECK(b.size == 14);  // no need to shrink: a line may break after any character
    CHECK(b.lines.size() >= 3);
    std::string joined;
    for (const auto& line : b.lines) {
        INFO(line);
        CHECK(canvas.text_width(Face::Regular, b.size, line) <= 200);
        CHECK(line.rfind("，", 0) != 0);
        CHECK(line.rfind("。", 0) != 0);
        CHECK(line.rfind("、", 0) != 0);
        joined += line;
    }
    CHECK(joined == zh);
    // Latin words around Chinese keep their spaces and are not cut.
    const TextBlock mixed = canvas.fit(Face::Bold, "Signaal 培训证书 Hotel Zee", 90, 12, 12, 5);
    std::string back;
    for (const auto& line : mixed.lines) back += (back.empty() ? "" : " ") + line;
    CHECK(without_whitespace(back) == "Signaal培训证书HotelZee");
    CHECK(std::any_of(mixed.lines.begin(), mixed.lines.end(), [](const std::string& line) { return line.find("Signaal") != std::string::npos; }));
    CHECK(std::any_of(mixed.lines.begin(), mixed.lines.end(), [](const std::string& line) { return line.find("Hotel") != std::string::npos; }));
}

TEST_CASE("a certificate without Chinese text does not carry the CJK font", "[cert][pdf][cjk]") {
    auto assets = RenderAssets::defaults();
    assets.cjk_font = "/nonexistent/cjk.ttf";  // never loaded without CJK text
    const auto c = cert("Иван Петров", 3);
    CHECK_NOTHROW(render_certificate(c, sign_payload(c.claim, key()), labels(), assets));
    auto zh = c;
    zh.module_title = "识别人口贩卖";
    CHECK_THROWS_WITH(render_certificate(zh, sign_payload(zh.claim, key()), labels(), assets),
                      Catch::Contains("/nonexistent/cjk.ttf"));
}
