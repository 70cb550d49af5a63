#include "demo_seed.hpp"

#include <algorithm>
#include <array>

#include "rows.hpp"

namespace signaal {
namespace {

// Fictional venues and names in the mix of the people who work in Dutch hospitality,
// cleaning and municipalities (Dutch, Polish, Romanian, Bulgarian, Turkish, Spanish).
struct DemoVenue { const char* name; const char* kind; };
constexpr std::array<DemoVenue, 6> kVenues{{
    {"Hotel De Gouden Leeuw", "hotel"},
    {"Stadshotel Aan de Gracht", "hotel"},
    {"Vakantiepark Duinzicht", "holiday-park"},
    {"Schoonmaakbedrijf Glans", "workplace"},
    {"Kwekerij Van Dijk", "workplace"},
    {"Gemeente Westerdal", "municipality"},
}};
constexpr std::array<const char*, 24> kFirst{
    "Anna", "Daan", "Sanne", "Mohamed", "Łukasz", "Agnieszka", "Ștefan", "Ioana", "Иван", "Мария",
    "Zoë", "Emre", "Ayşe", "Lucía", "Javier", "Piotr", "Katarzyna", "Andrei", "Elena", "Георги",
    "Fleur", "Jan", "Noah", "Fatima"};
constexpr std::array<const char*, 24> kLast{
    "de Vries", "Jansen", "Bakker", "Visser", "Wiśniewski", "Kowalska", "Dumitrescu", "Popescu",
    "Петров", "Иванова", "van den Berg", "Yılmaz", "Özdemir", "García", "Martínez", "Nowak",
    "Zielińska", "Ionescu", "Stan", "Димитров", "Smit", "Mulder", "de Boer", "El Amrani"};
constexpr std::array<const char*, 5> kLanguages{"nl", "en", "pl", "ro", "bg"};

struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

bool serves(const DemoModule& m, const char* kind) {
    for (const auto& a : m.audiences)
        if (a == kind) return true;
    return m.audiences.empty();
}

}  // namespace

std::vector<DemoModule> demo_modules(const Catalog& catalog) {
    std::vector<DemoModule> out;
    for (const auto& m : catalog.modules) {
        DemoModule d{m.id, m.version, m.validity_months, m.audiences, {}};
        for (const auto& q : m.questions) d.question_ids.push_back(q.id);
        out.push_back(std::move(d));
    }
    return out;
}

namespace {

// One attempt of the demo history, made up first and written later in date order.
struct DemoAttempt {
    Date when;
    std::int64_t person = 0, venue = 0;
    const DemoModule* module = nullptr;
    const char* language = "";
    std::uint64_t seed = 0;
    int correct = 0, total = 0;
    bool passed = false;
};

// One to three attempts per module the person's venue needs, the later ones more likely to
// pass; renewals a year apart.
void plan_attempts(Rng& rng, const DemoOptions& o, const std::vector<DemoModule>& modules, std::int64_t person,
                   std::int64_t venue, const char* kind, const char* lang, Date joined, std::vector<DemoAttempt>& out) {
    for (const auto& m : modules) {
        if (!serves(m, kind) || rng.below(5) == 0) continue;  // not everyone has started
        Date when = joined + std::chrono::days{rng.below(30)};
        for (int a = 0, tries = 1 + rng.below(3); a < tries && when <= o.today; ++a) {
            DemoAttempt d{when, person, venue, &m, lang, 0, 0, 0, false};
            d.total = m.question_ids.empty() ? 12 : static_cast<int>(m.question_ids.size());
            d.correct = d.total - rng.below(a == tries - 1 ? 3 : d.total / 2 + 1);
            d.passed = d.correct * 100 >= 80 * d.total;
            d.seed = rng.next();
            out.push_back(d);
            when = d.passed ? add_months(when, m.validity_months) - std::chrono::days{rng.below(40)}
                            : when + std::chrono::days{1 + rng.below(3)};
        }
    }
}

void write_attempt(db::Connection& c, const DemoAttempt& d, bool with_answers, DemoSummary& sum) {
    auto& attempt = c.cached(
        "INSERT INTO attempts(uid, person_id, module_id, module_version, language, seed, correct, total, "
        "score_percent, passed, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto& answer = c.cached("INSERT INTO answers(attempt_id, question_id, given, correct) VALUES (?, ?, ?, ?)");
    auto& completion = c.cached(
        "INSERT INTO completions(uid, attempt_id, person_id, venue_id, module_id, module_version, completed_on, "
        "valid_until, score_percent, certificate_serial, verification_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const DemoModule& m = *d.module;
    const int score = d.correct * 100 / d.total;
    attempt.bind(1, random_uid()).bind(2, d.person).bind(3, m.id).bind(4, m.version).bind(5, d.language)
        .bind(6, std::to_string(d.seed)).bind(7, d.correct).bind(8, d.total).bind(9, score)
        .bind(10, d.passed ? 1 : 0).bind(11, to_iso(d.when) + "T10:00:00Z").run();
    const std::int64_t aid = c.last_insert_id();
    ++sum.attempts;
    if (with_answers)
        for (size_t q = 0; q < m.question_ids.size(); ++q)
            answer.bind(1, aid).bind(2, m.question_ids[q]).bind(3, "a").bind(4, static_cast<int>(q) < d.correct ? 1 : 0).run();
    if (!d.passed) return;
    rows::retry_on_clash([&] {
        completion.bind(1, random_uid()).bind(2, aid).bind(3, d.person).bind(4, d.venue).bind(5, m.id)
            .bind(6, m.version).bind(7, to_iso(d.when)).bind(8, to_iso(add_months(d.when, m.validity_months)))
            .bind(9, score).bind(10, random_serial(d.when)).bind(11, random_verification_code()).run();
    });
    ++sum.completions;
}

}  // namespace

DemoSummary seed_demo(Store& store, const std::vector<DemoModule>& modules, const DemoOptions& o) {
    DemoSummary sum;
    Rng rng{o.seed * 2654435761u + 88172645463325252ull};
    db::Connection& c = store.connection();
    store.batch([&] {
        std::vector<std::int64_t> venue_ids;
        for (const auto& v : kVenues) {
            auto existing = store.venue_by_name(v.name);
            venue_ids.push_back(existing ? existing->id : store.add_venue(v.name, v.kind));
            sum.venues += existing ? 0 : 1;
        }
        auto& person = c.cached(
            "INSERT INTO people(uid, full_name, name_key, employee_number, venue_id, language, active, "
            "created_at, last_activity_at) VALUES (?, ?, lower(?), ?, ?, ?, ?, ?, ?)");
        const int span_days = 365 * o.years;
        std::vector<DemoAttempt> history;
        for (int i = 0; i < o.people; ++i) {
            const size_t vi = static_cast<size_t>(rng.below(static_cast<int>(kVenues.size())));
            const std::string name = std::string(kFirst[static_cast<size_t>(rng.below(24))]) + " " +
                                     kLast[static_cast<size_t>(rng.below(24))];
            const std::string employee = rng.below(3) == 0 ? "" : "E" + std::to_string(10000 + i);
            const char* lang = kLanguages[static_cast<size_t>(rng.below(5))];
            const Date joined = o.today - std::chrono::days{rng.below(span_days)};
            person.bind(1, random_uid()).bind(2, name).bind(3, name).bind(4, employee).bind(5, venue_ids[vi])
                .bind(6, lang).bind(7, rng.below(10) == 0 ? 0 : 1).bind(8, to_iso(joined)).bind(9, to_iso(joined)).run();
            ++sum.people;
            plan_attempts(rng, o, modules, c.last_insert_id(), venue_ids[vi], kVenues[vi].kind, lang, joined, history);
        }
        // Written in date order, as kiosks write them: reports over a period then read pages
        // that lie together, as they would in a real history.
        std::stable_sort(history.begin(), history.end(), [](const auto& x, const auto& y) { return x.when < y.when; });
        for (const auto& d : history) write_attempt(c, d, o.with_answers, sum);
        store.audit(AuditAct::DemoSeed, std::to_string(sum.people) + " people, " + std::to_string(sum.completions) +
                                     " completions");
    });
    return sum;
}

}  // namespace signaal
