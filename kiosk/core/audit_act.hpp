#pragma once
// The audit log's vocabulary: every act a manager (or the kiosk on their behalf) can do, with
// the stable name stored in audit_log.action. Scripts and `signaal audit list` readers depend on
// these names, so a name never changes once shipped; an act that was once written under another
// name keeps that old name in legacy_audit_names (audit_act.cpp), and Store::audit_log reads
// such rows back under the current name.
//
//   name                      act (detail)
//   venue_added               a venue was added ("<name> (<kind>)")
//   venue_renamed             a venue got a new name ("<old> -> <new>")
//   venue_activated           a venue is offered again ("<name>")
//   venue_deactivated         a venue left the kiosk's list ("<name>")
//   venue_required_modules    the modules a venue's staff must hold ("<name>: <m1>,<m2>")
//   venue_certificate         a venue certificate was made ("<name> <serial>")
//   person_added              staff registered before training ("person <id>")
//   person_left               marked as having left ("person <id>")
//   person_returned           back on staff ("person <id>")
//   person_export             everything about a person written out ("person <id>[ to <file>]")
//   person_erase              personal data erased ("person <id>")
//   retention_purge           people inactive too long erased ("<n> people ...")
//   setting_changed           one setting changed ("<key>: '<old>' -> '<new>'")
//   admin_pin_set             the first admin PIN was chosen
//   admin_pin_changed         the admin PIN was changed
//   admin_login               the right PIN was typed
//   admin_login_failed        a wrong PIN was typed ("... (<n> in a row)")
//   admin_pin_locked          the PIN pad locked itself ("PIN pad locked for <s> s")
//   certificate_print         a certificate went to the printer ("<serial>")
//   certificate_print_failed  printing it failed ("<serial>")
//   certificate_lookup        a verification code was looked up ("<serial>")
//   certificate_batch         many certificate PDFs were written ("<n> certificates")
//   report_completions        the completions report was written ("<n> rows[ as PDF]")
//   db_backup                 the database was copied ("<file>")
//   db_restore                the database was replaced by a backup ("<file>")
//   demo_seed                 demo data was added ("<counts>")
//   central_connect           the central database was set up ("<masked url>")
#include <optional>
#include <string>
#include <string_view>

namespace signaal {

enum class AuditAct {
    VenueAdded,
    VenueRenamed,
    VenueActivated,
    VenueDeactivated,
    VenueRequiredModules,
    VenueCertificate,
    PersonAdded,
    PersonLeft,
    PersonReturned,
    PersonExport,
    PersonErase,
    RetentionPurge,
    SettingChanged,
    AdminPinSet,
    AdminPinChanged,
    AdminLogin,
    AdminLoginFailed,
    AdminPinLocked,
    CertificatePrint,
    CertificatePrintFailed,
    CertificateLookup,
    CertificateBatch,
    ReportCompletions,
    DbBackup,
    DbRestore,
    DemoSeed,
    CentralConnect,
};

// The stable name stored in audit_log.action.
const char* audit_name(AuditAct act);
// The act a stored name means, current or legacy ("venue_add" is VenueAdded); none for a name
// this version does not know (a newer kiosk's row, say).
std::optional<AuditAct> audit_act_named(std::string_view name);
// The name a stored row is shown under: the current name of its act, or the stored name itself
// when unknown, so nothing in the log is hidden.
std::string current_audit_name(std::string_view stored);

}  // namespace signaal
