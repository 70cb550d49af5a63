#include "audit_act.hpp"

#include <utility>

namespace signaal {
namespace {

struct Named {
    AuditAct act;
    const char* name;
};

// Keep in the enum's order: audit_name indexes this table.
constexpr Named kNames[] = {
    {AuditAct::VenueAdded, "venue_added"},
    {AuditAct::VenueRenamed, "venue_renamed"},
    {AuditAct::VenueActivated, "venue_activated"},
    {AuditAct::VenueDeactivated, "venue_deactivated"},
    {AuditAct::VenueRequiredModules, "venue_required_modules"},
    {AuditAct::VenueCertificate, "venue_certificate"},
    {AuditAct::PersonAdded, "person_added"},
    {AuditAct::PersonLeft, "person_left"},
    {AuditAct::PersonReturned, "person_returned"},
    {AuditAct::PersonExport, "person_export"},
    {AuditAct::PersonErase, "person_erase"},
    {AuditAct::RetentionPurge, "retention_purge"},
    {AuditAct::SettingChanged, "setting_changed"},
    {AuditAct::AdminPinSet, "admin_pin_set"},
    {AuditAct::AdminPinChanged, "admin_pin_changed"},
    {AuditAct::AdminLogin, "admin_login"},
    {AuditAct::AdminLoginFailed, "admin_login_failed"},
    {AuditAct::AdminPinLocked, "admin_pin_locked"},
    {AuditAct::CertificatePrint, "certificate_print"},
    {AuditAct::CertificatePrintFailed, "certificate_print_failed"},
    {AuditAct::CertificateLookup, "certificate_lookup"},
    {AuditAct::CertificateBatch, "certificate_batch"},
    {AuditAct::ReportCompletions, "report_completions"},
    {AuditAct::DbBackup, "db_backup"},
    {AuditAct::DbRestore, "db_restore"},
    {AuditAct::DemoSeed, "demo_seed"},
    {AuditAct::CentralConnect, "central_connect"},
};

// Names earlier versions wrote for the same acts (the CLI and the admin screens used to differ).
constexpr Named kLegacyNames[] = {
    {AuditAct::VenueAdded, "venue_add"},
    {AuditAct::VenueRequiredModules, "venue_require"},
    {AuditAct::PersonReturned, "person_rejoined"},
    {AuditAct::PersonAdded, "person_add"},
    {AuditAct::AdminPinChanged, "pin_change"},
};

}  // namespace

const char* audit_name(AuditAct act) {
    const auto i = static_cast<size_t>(act);
    return i < std::size(kNames) && kNames[i].act == act ? kNames[i].name : "unknown";
}

std::optional<AuditAct> audit_act_named(std::string_view name) {
    for (const auto& n : kNames)
        if (name == n.name) return n.act;
    for (const auto& n : kLegacyNames)
        if (name == n.name) return n.act;
    return std::nullopt;
}

std::string current_audit_name(std::string_view stored) {
    if (const auto act = audit_act_named(stored)) return audit_name(*act);
    return std::string(stored);
}

}  // namespace signaal
