#!/usr/bin/env bash
# --screenshot renders every screen off-screen at exactly the asked size, in
# both themes, and the image is a real UI (many colours), not a blank frame.
source "$(dirname "$0")/lib.sh"
start_xvfb

for size in 420x860 1280x800; do
  for theme in light dark; do
    for screen in today people capture prepare careers settings; do
      png=$WORK/$screen-$theme-$size.png
      "$RAPPORT" --db "$WORK/shots.db" --screenshot "$png" --screen "$screen" \
        --size "$size" --theme "$theme" >/dev/null || fail "$screen $theme $size exited $?"
      [ "$(png_size "$png")" = "$size" ] || fail "$png is $(png_size "$png"), want $size"
      colours=$(colour_count "$png")
      [ "$colours" -gt 20 ] || fail "$png looks blank ($colours colours)"
    done
    pass "$size $theme: 6 screens"
  done
done

# The themes really differ: the top-left pixel is the background colour.
light=$(convert "$WORK/today-light-420x860.png" -format '%[pixel:p{2,2}]' info:)
dark=$(convert "$WORK/today-dark-420x860.png" -format '%[pixel:p{2,2}]' info:)
[ "$light" != "$dark" ] || fail "light and dark backgrounds are both $light"
pass "backgrounds: light $light, dark $dark"
