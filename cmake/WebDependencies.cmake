# The web build (Emscripten) compiles Dear ImGui and SQLite itself, from the
# same Debian source packages the desktop links (fetched by cmake/web-sources
# when missing), and gives them the target names the desktop build uses, so
# app/ builds unchanged.
set(RAPPORT_WEB_SOURCES "${PROJECT_BINARY_DIR}/web-sources" CACHE PATH
  "Where apt-get source puts imgui and sqlite3 for the web build")
if(NOT EXISTS "${RAPPORT_WEB_SOURCES}/ready" OR NOT EXISTS "${RAPPORT_WEB_SOURCES}/pugixml/src/pugixml.cpp"
   OR NOT EXISTS "${RAPPORT_WEB_SOURCES}/fribidi/lib/fribidi-config.h"
   OR NOT EXISTS "${RAPPORT_WEB_SOURCES}/libical-build/lib/libical.a")
  message(STATUS "Fetching imgui and sqlite3 sources from Debian into ${RAPPORT_WEB_SOURCES}")
  execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/cmake/web-sources" "${RAPPORT_WEB_SOURCES}"
    RESULT_VARIABLE fetched)
  if(NOT fetched EQUAL 0)
    message(FATAL_ERROR "cmake/web-sources failed: the web build needs apt-get source imgui sqlite3 pugixml fribidi libical3")
  endif()
endif()

set(imgui_dir "${RAPPORT_WEB_SOURCES}/imgui")
add_library(rapport_web_imgui STATIC
  ${imgui_dir}/imgui.cpp
  ${imgui_dir}/imgui_draw.cpp
  ${imgui_dir}/imgui_tables.cpp
  ${imgui_dir}/imgui_widgets.cpp
  ${imgui_dir}/misc/cpp/imgui_stdlib.cpp
  ${imgui_dir}/backends/imgui_impl_glfw.cpp)
target_include_directories(rapport_web_imgui SYSTEM PUBLIC ${imgui_dir} ${imgui_dir}/misc/cpp)
# 32-bit characters: a phone keyboard's emoji (beyond the Basic Multilingual
# Plane) are kept as typed, not turned into U+FFFD by 16-bit ImWchar.
target_compile_definitions(rapport_web_imgui PUBLIC IMGUI_USE_WCHAR32)
target_link_options(rapport_web_imgui INTERFACE -sUSE_GLFW=3)
add_library(PkgConfig::IMGUI ALIAS rapport_web_imgui)

# FTS5 and JSON as in Debian's libsqlite3; no threads in the browser.
add_library(rapport_web_sqlite STATIC "${RAPPORT_WEB_SOURCES}/sqlite3/sqlite3.c")
target_include_directories(rapport_web_sqlite SYSTEM PUBLIC "${RAPPORT_WEB_SOURCES}/sqlite3")
target_compile_definitions(rapport_web_sqlite PRIVATE SQLITE_ENABLE_FTS5 SQLITE_ENABLE_JSON1
  SQLITE_THREADSAFE=0 SQLITE_OMIT_LOAD_EXTENSION SQLITE_DEFAULT_FOREIGN_KEYS=0
  # One file in IndexedDB: a rollback journal, not a WAL and its shared memory.
  SQLITE_OMIT_WAL)
target_compile_options(rapport_web_sqlite PRIVATE -w)
add_library(SQLite::SQLite3 ALIAS rapport_web_sqlite)

add_library(rapport_web_json INTERFACE)
target_include_directories(rapport_web_json SYSTEM INTERFACE "${RAPPORT_WEB_SOURCES}/include")
add_library(nlohmann_json::nlohmann_json ALIAS rapport_web_json)

add_library(rapport_web_threads INTERFACE)
add_library(Threads::Threads ALIAS rapport_web_threads)

# WebDAV's XML for sync, as the desktop's libpugixml.
add_library(rapport_web_pugixml STATIC "${RAPPORT_WEB_SOURCES}/pugixml/src/pugixml.cpp")
target_include_directories(rapport_web_pugixml SYSTEM PUBLIC "${RAPPORT_WEB_SOURCES}/pugixml/src")
target_compile_options(rapport_web_pugixml PRIVATE -w -Os)
add_library(pugixml::pugixml ALIAS rapport_web_pugixml)

# Right-to-left names in visual order, Arabic joined, as on the desktop.
set(fribidi_dir "${RAPPORT_WEB_SOURCES}/fribidi/lib")
file(GLOB fribidi_sources "${fribidi_dir}/*.c")
add_library(rapport_web_fribidi STATIC ${fribidi_sources})
target_include_directories(rapport_web_fribidi SYSTEM PUBLIC ${fribidi_dir})
# What its meson build would find on this platform.
target_compile_definitions(rapport_web_fribidi PRIVATE "FRIBIDI_ENTRY=extern" HAVE_STDLIB_H=1
  HAVE_STRING_H=1 HAVE_MEMSET=1 HAVE_MEMMOVE=1 HAVE_STRINGIZE=1 STDC_HEADERS=1)
target_compile_options(rapport_web_fribidi PRIVATE -w -Os)
add_library(PkgConfig::FRIBIDI ALIAS rapport_web_fribidi)

# Calendar times (TZID, VTIMEZONE, recurrence) as on the desktop: libical,
# built by cmake/web-sources with its own CMake through emcmake.
add_library(rapport_web_libical STATIC IMPORTED)
set_target_properties(rapport_web_libical PROPERTIES
  IMPORTED_LOCATION "${RAPPORT_WEB_SOURCES}/libical-build/lib/libical.a"
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
    "${RAPPORT_WEB_SOURCES}/libical-build/src;${RAPPORT_WEB_SOURCES}/libical/src/libical"
  INTERFACE_INCLUDE_DIRECTORIES
    "${RAPPORT_WEB_SOURCES}/libical-build/src;${RAPPORT_WEB_SOURCES}/libical/src/libical")
add_library(PkgConfig::LIBICAL ALIAS rapport_web_libical)
