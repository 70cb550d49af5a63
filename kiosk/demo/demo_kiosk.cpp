#include "demo_kiosk.hpp"

#include <unistd.h>

#include "app/certificate_hooks.hpp"
#include "boot/prepare.hpp"

namespace signaal {

DemoKiosk::DemoKiosk(const Catalog& catalog, int demo_people) : catalog_(catalog) {
    AppClock clock;
    clock.now = [this] { return now_; };
    clock.random = [this] { return ++seed_; };
    clock.today = [] { return today_utc(); };
    auto store = std::make_unique<Store>(":memory:");
    seed_demo_if_empty(*store, catalog, demo_people);
    app_ = std::make_unique<KioskApp>(catalog, std::move(store), FlowConfig{}, clock);
    work_dir_ = std::filesystem::temp_directory_path() /
                ("signaal-demo-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    issuer_ = std::make_unique<certs::Issuer>(app_->store(), app_->catalog(),
                                              certs::IssuerPaths{work_dir_ / "keys", work_dir_ / "certificates"});
    app_->set_certificate_hooks(certificate_hooks(*issuer_, app_->store()));
    app_->store().set_setting("export_dir", (work_dir_ / "exports").string());  // never the real one
    shell_.attract_cycles = false;
}

DemoKiosk::~DemoKiosk() {
    app_.reset();  // the hooks refer to the issuer
    std::error_code ec;
    std::filesystem::remove_all(work_dir_, ec);
}

std::filesystem::path DemoKiosk::certificate_pdf(const std::string& serial) const {
    return issuer_->paths().certificate_dir / (serial + ".pdf");
}

void DemoKiosk::act(const Intent& in) {
    now_ += Millis(400);
    app_->handle(in);
}

}  // namespace signaal
