#pragma once
// A kiosk on demo data with a clock its owner moves by hand: what the screenshot tour and the UI
// benchmark drive. The store is in memory; certificates are really signed, with a throwaway key.
#include <filesystem>
#include <memory>

#include "app/kiosk_app.hpp"
#include "issuer.hpp"
#include "shell/frame.hpp"

namespace signaal {

class DemoKiosk {
public:
    explicit DemoKiosk(const Catalog& catalog, int demo_people = 20);
    ~DemoKiosk();
    DemoKiosk(const DemoKiosk&) = delete;
    DemoKiosk& operator=(const DemoKiosk&) = delete;

    KioskApp& app() { return *app_; }
    const Catalog& catalog() const { return catalog_; }
    shell::ShellState& shell() { return shell_; }
    void advance(Millis by) { now_ += by; }
    void act(const Intent& in);  // a person's tap, a moment after the last one
    // Where the issuer saved the printed certificate of `serial`.
    std::filesystem::path certificate_pdf(const std::string& serial) const;

private:
    const Catalog& catalog_;
    std::filesystem::path work_dir_;
    std::unique_ptr<KioskApp> app_;
    std::unique_ptr<certs::Issuer> issuer_;
    shell::ShellState shell_;
    Millis now_{100000};
    std::uint64_t seed_ = 7;
};

}  // namespace signaal
