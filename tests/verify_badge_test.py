#!/usr/bin/python3
"""`signaal cert badge` checked by an independent JOSE implementation (Debian's python3-jwcrypto)
and against the required fields of Open Badges 3.0 / Verifiable Credentials 2.0 / VC-JOSE-COSE.
Usage: verify_badge_test.py SIGNAAL CONTENT_DIR"""
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

from jwcrypto import jwk, jws
from jwcrypto.common import base64url_decode

signaal, content = sys.argv[1], sys.argv[2]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"))
    db = os.path.join(tmp, "data", "signaal", "signaal.db")
    os.makedirs(os.path.dirname(db))

    def run(*args, ok=True):
        p = subprocess.run([signaal, *args, "--db", db], env=env, capture_output=True, text=True)
        if ok and p.returncode != 0:
            sys.exit(f"FAIL: signaal {' '.join(args)}: {p.stdout}{p.stderr}")
        return p

    run("demo", "seed", "--people", "10", "--content", content)
    run("verify-page", "--out", os.path.join(tmp, "page"), "--url", "https://verify.example.nl/", "--content", content)
    rows = sqlite3.connect(db).execute(
        "SELECT c.certificate_serial, p.full_name, c.completed_on, c.valid_until FROM completions c "
        "JOIN people p ON p.id = c.person_id WHERE p.full_name IS NOT NULL ORDER BY c.certificate_serial LIMIT 2").fetchall()
    (serial, name, completed, until), (other, _, _, _) = rows
    out = os.path.join(tmp, "badge.jws")
    run("cert", "badge", serial, "--out", out, "--content", content)
    token = open(out).read().strip()

    # The organisation's public key as a verifier gets it, as an OKP JWK (RFC 8037).
    pub = run("keys", "export-public").stdout.split()[-1]
    key = jwk.JWK(kty="OKP", crv="Ed25519", x=pub)

    # [JOSE] compact JWS, EdDSA, verified by jwcrypto; one changed character must fail.
    check(token.count(".") == 2, "a compact JWS has three parts")
    verifier = jws.JWS()
    verifier.deserialize(token)
    verifier.verify(key, alg="EdDSA")  # raises when the signature does not hold
    header = json.loads(base64url_decode(token.split(".")[0]))
    check(header.get("alg") == "EdDSA", f"alg: {header}")
    check(header.get("typ") == "vc+jwt", f"typ (VC-JOSE-COSE): {header}")
    check(header.get("cty") in (None, "vc"), f"cty: {header}")
    check(isinstance(header.get("kid"), str) and header["kid"].startswith("https://verify.example.nl/#"), f"kid: {header}")
    head, body, sig = token.split(".")
    for i in range(0, len(body), max(1, len(body) // 64)):
        c = "A" if body[i] != "A" else "B"
        altered = jws.JWS()
        try:
            altered.deserialize(".".join([head, body[:i] + c + body[i + 1:], sig]))
            altered.verify(key, alg="EdDSA")
            check(False, f"a badge changed at {i} still verified")
        except Exception:
            pass

    # [Open Badges 3.0 / VC data model 2.0] the required properties.
    vc = json.loads(verifier.payload)
    uri = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    ctx = vc.get("@context", [])
    check(ctx[:1] == ["https://www.w3.org/ns/credentials/v2"], f"@context must start with VC 2.0: {ctx}")
    check(any(re.match(r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context-3\.0\.\d+\.json$", c) for c in ctx),
          f"@context must hold the OB 3.0 context: {ctx}")
    check({"VerifiableCredential", "OpenBadgeCredential"} <= set(vc.get("type", [])), f"type: {vc.get('type')}")
    check(bool(uri.match(vc.get("id", ""))), f"id must be a URI: {vc.get('id')}")
    check(isinstance(vc.get("name"), str) and vc["name"], "name")
    issuer = vc.get("issuer", {})
    check(issuer.get("id") == "https://verify.example.nl/" and "Profile" in issuer.get("type", []), f"issuer: {issuer}")
    check(isinstance(issuer.get("name"), str) and issuer["name"], "issuer name")
    check(vc.get("validFrom") == completed + "T00:00:00Z" and bool(stamp.match(vc["validFrom"])), f"validFrom {vc.get('validFrom')}")
    check(vc.get("validUntil") == until + "T23:59:59Z", f"validUntil {vc.get('validUntil')}")
    subject = vc.get("credentialSubject", {})
    check("AchievementSubject" in subject.get("type", []), f"credentialSubject type: {subject.get('type')}")
    ident = subject.get("identifier", [{}])[0]
    check(ident.get("type") == "IdentityObject" and ident.get("identityType") == "name" and ident.get("hashed") is False
          and ident.get("identityHash") == name, f"identifier: {ident}")
    ach = subject.get("achievement", {})
    check(bool(uri.match(ach.get("id", ""))) and "Achievement" in ach.get("type", []), f"achievement id/type: {ach}")
    for field in ("name", "description"):
        check(isinstance(ach.get(field), str) and ach[field], f"achievement {field}")
    crit = ach.get("criteria", {})
    check(isinstance(crit.get("narrative"), str) and crit["narrative"] or bool(uri.match(crit.get("id", ""))),
          f"achievement criteria: {crit}")

    # A revoked certificate gets no badge.
    run("cert", "revoke", other, "--reason", "test")
    p = run("cert", "badge", other, "--out", os.path.join(tmp, "revoked.jws"), "--content", content, ok=False)
    check(p.returncode != 0 and "revoked" in p.stderr, f"a revoked certificate's badge: {p.returncode} {p.stderr}")

if failures:
    sys.exit(f"{len(failures)} failures")
print("PASS: Open Badges 3.0 credential verified by jwcrypto, required fields present")
