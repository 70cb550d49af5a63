#include "tour.hpp"

#include <unistd.h>

#include "certificate_hooks.hpp"

#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "app/kiosk_app.hpp"
#include "paths.hpp"
#include "platform_glfw.hpp"
#include "shell/frame.hpp"
#include "startup.hpp"
#include "ui/fonts.hpp"

namespace signaal {
namespace {

// Names typed in the tour, one per language, with the letters that language's keyboard adds.
std::string sample_name(const std::string& lang) {
    if (lang == "nl") return "Zoë van den Berg";
    if (lang == "pl") return "Małgorzata Wiśniewska";
    if (lang == "ro") return "Ștefania Mănescu";
    if (lang == "bg") return "Мария Иванова";
    if (lang == "tr") return "Ayşe Yılmaz";
    return "Chloé O'Brien";
}

class Tour {
public:
    Tour(const Catalog& c, const std::filesystem::path& dir, Platform& p) : catalog_(c), dir_(dir), platform_(p) {
        AppClock clock;
        clock.now = [this] { return now_; };
        clock.random = [this] { return ++seed_; };
        clock.today = [] { return today_utc(); };
        auto store = std::make_unique<Store>(":memory:");
        seed_demo_if_empty(*store, c, 20);
        app_ = std::make_unique<KioskApp>(c, std::move(store), FlowConfig{}, clock);
        // Real signed certificates with a throwaway key, so the tour shows the real QR code.
        work_dir_ = std::filesystem::temp_directory_path() / ("signaal-tour-" + std::to_string(::getpid()));
        issuer_ = std::make_unique<certs::Issuer>(app_->store(), app_->catalog(),
                                                  certs::IssuerPaths{work_dir_ / "keys", work_dir_ / "certificates"});
        app_->set_certificate_hooks(certificate_hooks(*issuer_, app_->store()));
        shell_.attract_cycles = false;
    }

    void run(const Language& lang) {
        lang_ = lang.code;
        n_ = 0;
        shell_.attract_lang = static_cast<size_t>(
            std::find_if(catalog_.languages.begin(), catalog_.languages.end(), [&](auto& l) { return l.code == lang.code; }) -
            catalog_.languages.begin());
        shot("attract");
        act(intent::Start{});
        shot("language");
        act(intent::ChooseLanguage{lang_});
        act(intent::Confirm{});  // nothing typed: shows the name problem
        shot("identify-error");
        const Module* first = catalog_.modules.empty() ? nullptr : &catalog_.modules.front();
        type_and_choose_venue(first);
        shot("identify");
        act(intent::Focus{Field::EmployeeNumber});
        act(intent::Type{"H-2041"});
        shot("identify-number");
        act(intent::Confirm{});
        shot("modules");
        if (!first) return;

        // Every page of the first module, then the quiz answered right.
        act(intent::ChooseModule{first->id});
        for (size_t p = 0; p < first->pages.size(); ++p) {
            shot("lesson-" + two(static_cast<int>(p + 1)));
            act(intent::Next{});
        }
        answer_all(true, true);
        shot("result-pass");
        act(intent::ShowCertificate{});
        shot("certificate");
        act(intent::Print{});
        shot("certificate-print");
        act(intent::Done{});

        // One page of every other module.
        for (size_t i = 1; i < catalog_.modules.size(); ++i) {
            const Module& m = catalog_.modules[i];
            identify(&m);
            act(intent::ChooseModule{m.id});
            shot("lesson-" + m.id);
            act(intent::Done{});
        }

        // Failing the first module.
        identify(first);
        act(intent::ChooseModule{first->id});
        for (size_t p = 0; p < first->pages.size(); ++p) act(intent::Next{});
        answer_all(false, false);
        shot("result-fail");

        // The idle countdown, then the admin PIN pad.
        now_ += app_->config().idle_timeout + Millis(1500);
        shot("idle");
        act(intent::Done{});
        app_->admin_open();
        app_->admin_digit('1');
        app_->admin_digit('2');
        shot("admin-pin");
        admin_tour();
        app_->admin_close();
        act(intent::Done{});
    }

    // The admin area on the demo data: home, people, a filtered list, one person (reprint, the erase
    // confirmation, an export), venues, settings.
    void admin_tour() {
        app_->admin_close();
        app_->admin_open();
        const auto type_pin = [&] {
            for (char d : std::string("2468")) app_->admin_digit(d);
            app_->admin_submit();
        };
        type_pin();
        if (app_->admin().mode == AdminState::Mode::ConfirmPin) type_pin();
        admin::Session& s = shell_.admin_session;
        s = admin::Session{};
        s.lang = lang_;
        const auto go = [&](admin::Action a) {
            now_ += Millis(400);
            admin::apply(s, *app_, a);
            admin::refresh(s, *app_);
        };
        admin::refresh(s, *app_);
        shot("admin-home");
        go({admin::Action::Kind::ShowTab, admin::Tab::People});
        shot("admin-people");
        go({admin::Action::Kind::FilterStatus, admin::Tab::Home, admin::Field::None, 0, static_cast<int>(admin::Status::Expired)});
        shot("admin-people-filtered");
        go({admin::Action::Kind::FilterStatus, admin::Tab::Home, admin::Field::None, 0, -1});
        go({admin::Action::Kind::Edit, admin::Tab::Home, admin::Field::Search});
        go({admin::Action::Kind::Type, admin::Tab::Home, admin::Field::None, 0, 0, "an"});
        shot("admin-people-search");
        go({admin::Action::Kind::ClearFilters});
        // The person with the longest history.
        std::int64_t best = 0;
        size_t most = 0;
        for (const auto& p : s.people) {
            const auto d = admin::person_detail(app_->store(), catalog_, p.id, app_->today());
            if (d && d->history.size() > most) {
                most = d->history.size();
                best = p.id;
            }
            if (most >= 3) break;
        }
        if (best != 0) {
            go({admin::Action::Kind::OpenPerson, admin::Tab::Home, admin::Field::None, best});
            shot("admin-person");
            go({admin::Action::Kind::Reprint, admin::Tab::Home, admin::Field::None, 0, 0, s.person->history.front().serial});
            shot("admin-person-reprint");
            go({admin::Action::Kind::AskErase, admin::Tab::Home, admin::Field::None, best});
            shot("admin-erase-confirm");
            go({admin::Action::Kind::CancelErase});
            // The export message with a real path; the folder goes with the tour's work folder.
            const auto kept = app_->store().setting("export_dir");
            app_->store().set_setting("export_dir", (work_dir_ / "exports").string());
            go({admin::Action::Kind::Export, admin::Tab::Home, admin::Field::None, best});
            shot("admin-person-export");
            app_->store().set_setting("export_dir", kept.value_or(default_export_dir().string()));
        }
        go({admin::Action::Kind::ShowTab, admin::Tab::Venues});
        shot("admin-venues");
        go({admin::Action::Kind::ShowTab, admin::Tab::Settings});
        shot("admin-settings");
        go({admin::Action::Kind::Edit, admin::Tab::Home, admin::Field::OrganisationName});
        go({admin::Action::Kind::Type, admin::Tab::Home, admin::Field::None, 0, 0, "Signaal"});
        shot("admin-settings-keyboard");
        go({admin::Action::Kind::CancelEdit});
        s = admin::Session{};
    }

    const std::vector<std::string>& files() const { return files_; }
    double mean_frame_ms() const { return frames_ ? frame_ms_ / frames_ : 0; }

private:
    static std::string two(int n) {
        char b[16];
        std::snprintf(b, sizeof b, "%02d", n);
        return b;
    }

    void act(const Intent& in) {
        now_ += Millis(400);
        app_->handle(in);
    }

    const Venue* venue_for(const Module* m) const {
        for (const auto& v : app_->venues())
            if (!m || std::find(m->audiences.begin(), m->audiences.end(), v.kind) != m->audiences.end()) return &v;
        return app_->venues().empty() ? nullptr : &app_->venues().front();
    }

    void type_and_choose_venue(const Module* m) {
        act(intent::Focus{Field::Name});
        act(intent::Type{sample_name(lang_)});
        if (const Venue* v = venue_for(m)) act(intent::ChooseVenue{v->id, v->kind});
    }

    void identify(const Module* m) {
        act(intent::Start{});
        act(intent::ChooseLanguage{lang_});
        type_and_choose_venue(m);
        act(intent::Confirm{});
    }

    void answer_all(bool right, bool screenshots) {
        const FlowState& s = app_->state();
        while (s.screen == Screen::Quiz) {
            const Question& q = current_question(s, catalog_);
            std::vector<int> taps = q.correct;
            if (!right) {
                if (q.type == QuestionType::Order) std::swap(taps[0], taps[1]);
                else {
                    taps.clear();
                    for (int c = 0; c < static_cast<int>(q.choice_ids.size()); ++c)
                        if (std::find(q.correct.begin(), q.correct.end(), c) == q.correct.end()) {
                            taps.push_back(c);
                            break;
                        }
                }
            }
            // Order questions are shown half done, so the numbered badges are visible.
            const size_t before_shot = q.type == QuestionType::Order ? taps.size() / 2 + 1 : taps.size();
            for (size_t k = 0; k < taps.size(); ++k) {
                if (screenshots && k == before_shot) shot("quiz-" + two(s.question + 1) + "-" + to_string(q.type));
                act(intent::TapChoice{taps[k]});
            }
            if (screenshots && before_shot >= taps.size()) shot("quiz-" + two(s.question + 1) + "-" + to_string(q.type));
            act(intent::Next{});
        }
    }

    // Draws the current state a few frames (layout settles) and saves the last one.
    void shot(const std::string& screen) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(-1000, -1000);
        for (int f = 0; f < 3; ++f) {
            const auto t0 = std::chrono::steady_clock::now();
            platform_.poll();
            platform_.new_frame();
            io.MousePos = ImVec2(-1000, -1000);
            ImGui::NewFrame();
            shell::draw_frame(*app_, shell_);
            ImGui::Render();
            platform_.render();
            frame_ms_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            ++frames_;
            if (f < 2) platform_.swap();
        }
        int w = 0, h = 0;
        const auto px = platform_.read_pixels(w, h);
        platform_.swap();
        const std::string name = lang_ + "-" + two(++n_) + "-" + screen + ".png";
        if (!stbi_write_png((dir_ / name).c_str(), w, h, 4, px.data(), w * 4))
            std::cerr << "signaal-kiosk: cannot write " << (dir_ / name).string() << "\n";
        files_.push_back(name);
    }

    const Catalog& catalog_;
    std::filesystem::path dir_;
    Platform& platform_;
    std::unique_ptr<KioskApp> app_;
    std::filesystem::path work_dir_;
    std::unique_ptr<certs::Issuer> issuer_;

public:
    ~Tour() {
        std::error_code ec;
        std::filesystem::remove_all(work_dir_, ec);
    }

private:
    shell::ShellState shell_;
    Millis now_{100000};
    std::uint64_t seed_ = 7;
    std::string lang_;
    int n_ = 0;
    std::vector<std::string> files_;
    double frame_ms_ = 0;
    int frames_ = 0;
};

}  // namespace

int run_tour(const Catalog& catalog, const std::filesystem::path& dir, int width, int height) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "signaal-kiosk: cannot create " << dir.string() << ": " << ec.message() << "\n";
        return 1;
    }
    WindowOptions wo;
    wo.fullscreen = false;
    wo.width = width;
    wo.height = height;
    std::string error;
    auto platform = Platform::create(wo, error);
    if (!platform) {
        std::cerr << "signaal-kiosk: " << error << ": run the tour under a virtual X server:\n"
                  << "  xvfb-run -a -s \"-screen 0 " << std::max(width, 1920) << "x" << std::max(height, 1080)
                  << "x24\" signaal-kiosk --tour " << dir.string() << "\n";
        return 2;
    }
    if (!ui::setup_look(static_cast<float>(platform->framebuffer_height()), error)) {
        std::cerr << "signaal-kiosk: " << error << "\n";
        return 1;
    }
    try {
        Tour tour(catalog, dir, *platform);
        for (const auto& l : catalog.languages) tour.run(l);
        std::ofstream manifest(dir / "tour-manifest.txt");
        for (const auto& f : tour.files()) manifest << f << "\n";
        std::cout << "tour: " << tour.files().size() << " screenshots in " << dir.string() << " ("
                  << width << "x" << height << ", mean frame " << tour.mean_frame_ms() << " ms)\n";
    } catch (const StoreError& e) {
        std::cerr << "signaal-kiosk: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

}  // namespace signaal
