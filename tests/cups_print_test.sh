#!/usr/bin/env bash
# Prints a certificate through a private cupsd and a cups-pdf queue, and reads the result back.
#   cups_print_test.sh PATH/TO/signaal_cert_probe
# Exit 77 (skipped) only when cupsd cannot be started here; SIGNAAL_REQUIRE_CUPS=1 makes that a failure.
# Needs root: cupsd and the cups-pdf backend run as root. cups-pdf reads its configuration only
# from /etc/cups; a device URI cups-pdf:/NAME makes it read /etc/cups/cups-pdf-NAME.conf, so we add
# one such file for this run (pointing the output into our temporary folder) and remove it after.
set -u
probe=$1
queue=SignaalPDF
profile=signaal-test-$$
profile_conf=/etc/cups/cups-pdf-$profile.conf

skip() {
  if [ "${SIGNAAL_REQUIRE_CUPS:-0}" = 1 ]; then echo "FAIL (SIGNAAL_REQUIRE_CUPS=1): $*"; exit 1; fi
  echo "SKIP: $*"; exit 77
}
fail() {
  echo "FAIL: $*"
  [ -f "$tmp/log/error_log" ] && { echo "--- cupsd error_log (tail)"; tail -40 "$tmp/log/error_log"; }
  exit 1
}

for tool in cupsd lpadmin lpstat pdftotext; do command -v "$tool" >/dev/null || skip "$tool is not installed"; done
[ -x /usr/lib/cups/backend/cups-pdf ] || skip "printer-driver-cups-pdf is not installed"
[ "$(id -u)" -eq 0 ] || skip "needs root to run cupsd and the cups-pdf backend"
[ -d /etc/cups ] || skip "/etc/cups does not exist"

tmp=$(mktemp -d /tmp/signaal-cups.XXXXXX)
chmod 755 "$tmp"  # filters run as lp and must reach the spool
cupsd_pid=""
cleanup() {
  rm -f "$profile_conf"
  [ -n "$cupsd_pid" ] && kill "$cupsd_pid" 2>/dev/null && wait "$cupsd_pid" 2>/dev/null
  [ -n "${SIGNAAL_KEEP_CUPS_TMP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp"/etc/ppd "$tmp"/spool/tmp "$tmp"/cache "$tmp"/state "$tmp"/log "$tmp"/out
chmod 1777 "$tmp"/spool/tmp "$tmp"/out
sock=$tmp/cupsd.sock
cat >"$tmp/etc/cupsd.conf" <<CONF
Listen $sock
LogLevel debug
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat >"$tmp/etc/cups-files.conf" <<CONF
ServerRoot $tmp/etc
RequestRoot $tmp/spool
TempDir $tmp/spool/tmp
CacheDir $tmp/cache
StateDir $tmp/state
AccessLog $tmp/log/access_log
ErrorLog $tmp/log/error_log
PageLog $tmp/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
CONF
cat >"$profile_conf" <<CONF
Out $tmp/out
AnonDirName $tmp/out
Log $tmp/log
CONF

# Clients (lpadmin, lpoptions, the probe through libcups) talk to our cupsd only.
export CUPS_SERVER=$sock CUPS_SERVERROOT=$tmp/etc

cupsd -f -c "$tmp/etc/cupsd.conf" -s "$tmp/etc/cups-files.conf" &
cupsd_pid=$!
for _ in $(seq 1 50); do
  [ -S "$sock" ] && lpstat -r 2>/dev/null | grep -q "is running" && break
  kill -0 "$cupsd_pid" 2>/dev/null || { cupsd_pid=""; skip "cupsd did not start"; }
  sleep 0.2
done
lpstat -r 2>/dev/null | grep -q "is running" || skip "cupsd did not answer on $sock"

# 1. No printer yet: a clear message, not a crash.
out=$("$probe" print "$tmp/none.pdf")
echo "$out" | grep -q "no default printer" || fail "expected 'no default printer', got: $out"

# 2. A cups-pdf queue, made the default.
ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt/ {print $1; exit}')
if [ -n "$ppd" ]; then
  lpadmin -p "$queue" -v "cups-pdf:/$profile" -E -m "$ppd" || fail "lpadmin -m $ppd failed"
else
  lpadmin -p "$queue" -v "cups-pdf:/$profile" -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd || fail "lpadmin -P failed"
fi
lpadmin -d "$queue" || fail "lpadmin -d failed"
lpoptions -d "$queue" >/dev/null || fail "lpoptions -d failed"

# 3. An unknown printer name: named in the message.
out=$("$probe" print "$tmp/unknown.pdf" NoSuchPrinter)
echo "$out" | grep -q "unknown printer 'NoSuchPrinter'" || fail "expected an unknown-printer message, got: $out"

# 4. The real thing, on the default printer: the kiosk's print_pdf() code path.
out=$("$probe" print "$tmp/cert.pdf") || fail "printing failed: $out"
echo "$out" | grep -q "^job [1-9]" || fail "no job id: $out"

printed=""
for _ in $(seq 1 150); do
  printed=$(find "$tmp/out" -name '*.pdf' -size +1k 2>/dev/null | head -1)
  # cups-pdf writes then closes; wait until the job is no longer listed as active.
  [ -n "$printed" ] && [ -z "$(lpstat -o "$queue" 2>/dev/null)" ] && break
  sleep 0.2
done
[ -n "$printed" ] || fail "no PDF appeared in $tmp/out (jobs: $(lpstat -W all -o 2>/dev/null))"
# The queue turns the PDF into PostScript and back (pdftops, then Ghostscript). libharu's
# identity ToUnicode map does not survive that trip, so the printed text reads back as other
# characters: compare what does survive, the page, the job title and the amount of text.
info=$(pdfinfo "$printed" 2>/dev/null)
echo "$info" | grep -q "^Pages: *1$" || fail "printed PDF is not one page: $info"
echo "$info" | grep -q "A4" || fail "printed PDF is not A4: $info"
echo "$info" | grep -q "Signaal certificate test" || fail "printed PDF lacks the job title: $info"
sent=$(pdftotext "$tmp/cert.pdf" - 2>/dev/null | tr -d ' \n\f' | wc -m)
got=$(pdftotext "$printed" - 2>/dev/null | tr -d ' \n\f' | wc -m)
[ "$sent" -gt 50 ] || fail "the certificate sent has no text ($sent characters)"
[ $((got * 100)) -ge $((sent * 95)) ] && [ $((got * 100)) -le $((sent * 105)) ] \
  || fail "printed PDF has $got characters of text, the certificate $sent"
echo "PASS: printed through CUPS to $(basename "$printed")"
