# Every dependency comes from a Debian package, found the CMake way.
find_package(PkgConfig REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui) # 1.86; pulls in stb
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
find_package(glfw3 3.3 REQUIRED)
set(OpenGL_GL_PREFERENCE GLVND)
find_package(OpenGL REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(Threads REQUIRED)
# GIO's D-Bus client speaks to the desktop portal (platform/file_chooser.cpp).
pkg_check_modules(GIO REQUIRED IMPORTED_TARGET gio-2.0)
# Sync (app/sync): HTTP through libcurl, WebDAV's XML through pugixml, the
# password in the desktop keyring through libsecret.
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(LIBSECRET REQUIRED IMPORTED_TARGET libsecret-1)
find_package(pugixml 1.11 REQUIRED)
# Names in every script: right-to-left text in visual order (GNU FriBidi).
pkg_check_modules(FRIBIDI REQUIRED IMPORTED_TARGET fribidi)
# ... their CJK glyphs cut from the big collections (HarfBuzz's subsetter).
pkg_check_modules(HARFBUZZ_SUBSET REQUIRED IMPORTED_TARGET harfbuzz-subset)
# Reminders while Rapport is closed: the freedesktop notification service.
pkg_check_modules(LIBNOTIFY REQUIRED IMPORTED_TARGET libnotify)
# Names sorted by the Unicode Collation Algorithm (ICU).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-i18n)
# Calendar times: TZID and VTIMEZONE, floating and all-day, recurrence (libical 3.0).
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
if(RAPPORT_TESTS)
  find_package(doctest REQUIRED)
endif()

# Debian's imgui headers live in /usr/include/imgui; treat them as system
# headers so -Werror applies to our code only.
set_target_properties(PkgConfig::IMGUI PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
  "${IMGUI_INCLUDE_DIRS}")
