#!/usr/bin/env bash
# Desktop packaging: the desktop entry and AppStream metainfo validate, the
# man page renders without warnings, and cpack's archive holds everything a
# desktop install needs.
source "$(dirname "$0")/lib.sh"
unset DISPLAY
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(dirname "$(dirname "$RAPPORT")")" # the build tree the binary came from

desktop-file-validate "$root/assets/linux/org.rapportapp.Rapport.desktop" \
  || fail "desktop-file-validate failed"
grep -q '^Exec=rapport --capture$' "$root/assets/linux/org.rapportapp.Rapport.desktop" \
  || fail "no Capture a note action"
pass "desktop entry validates, with a Capture a note action"

out=$(appstreamcli validate --no-net "$root/assets/linux/org.rapportapp.Rapport.metainfo.xml" 2>&1) \
  || fail "appstreamcli: $out"
pass "AppStream metainfo validates: $(tail -n1 <<<"$out")"

if command -v man >/dev/null; then
  # man's seccomp sandbox refuses a preloaded library's calls (libfaketime,
  # when the suite runs at another instant): it runs without the preload.
  warnings=$(env -u LD_PRELOAD MANWIDTH=80 man --warnings -l "$root/assets/linux/rapport.1" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "man page warnings: $warnings"
  pass "man page renders without warnings"
fi

(cd "$build" && cpack -G TGZ -B "$WORK/pkg" >/dev/null) || fail "cpack failed"
archive=$(ls "$WORK"/pkg/rapport-*.tar.gz)
listing=$(tar -tzf "$archive")
for file in bin/rapport share/applications/org.rapportapp.Rapport.desktop \
  share/metainfo/org.rapportapp.Rapport.metainfo.xml \
  share/icons/hicolor/scalable/apps/org.rapportapp.Rapport.svg \
  share/icons/hicolor/48x48/apps/org.rapportapp.Rapport.png \
  share/icons/hicolor/512x512/apps/org.rapportapp.Rapport.png \
  share/man/man1/rapport.1 share/doc/rapport/copyright; do
  grep -q "/$file\$" <<<"$listing" || fail "the package lacks $file"
done
grep -q "OFL-1.1" "$root/assets/linux/copyright" && grep -q "Apache-2.0" "$root/assets/linux/copyright" \
  || fail "copyright does not name the font licences"
pass "cpack archive has the binary, desktop entry, metainfo, icons 48-512 and SVG, man page, copyright"
