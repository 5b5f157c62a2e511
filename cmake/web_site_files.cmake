# Assembles the web site beside the linked app (rapport.js, rapport.wasm):
#   cmake -DSITE=DIR -DPAGES=assets/web -DICONS=assets/icons [-DZONEINFO=DIR] [-DGUIDE=FILE]
#         -P web_site_files.cmake
# - the page, manifest and icons are copied in;
# - the site's version is a hash of every file the offline worker keeps; it
#   goes into the worker (a new build is a new worker, so the browser sees an
#   update) and into rapport-files.js (the page stores the wasm it downloads
#   under that version's cache, so the worker need not download it again);
# - rapport-files.js also tells the page how big rapport.wasm is, so its
#   first load shows a percentage even when the server sends it compressed
#   (the Content-Length is then the compressed size);
# - a gzip copy beside each file, for servers that send precompressed files
#   (nginx gzip_static, Caddy precompressed, Apache MultiViews): 3.6 MB of
#   wasm goes over the wire as about 1.6 MB.
foreach(name index.html manifest.webmanifest rapport-page.js)
  file(COPY_FILE ${PAGES}/${name} ${SITE}/${name} ONLY_IF_DIFFERENT)
endforeach()
# libical's zone files (cmake/web-sources): the page fetches the person's one.
if(ZONEINFO AND EXISTS ${ZONEINFO}/zones.tab)
  file(COPY ${ZONEINFO}/ DESTINATION ${SITE}/zoneinfo FILES_MATCHING PATTERN "*.ics" PATTERN "zones.tab")
endif()
# The user guide, which Help shows (the page fetches it; kept offline).
if(GUIDE AND EXISTS ${GUIDE})
  file(COPY_FILE ${GUIDE} ${SITE}/user-guide.md ONLY_IF_DIFFERENT)
endif()
foreach(icon icon.svg icon-192.png icon-512.png)
  if(EXISTS ${ICONS}/${icon})
    file(COPY_FILE ${ICONS}/${icon} ${SITE}/${icon} ONLY_IF_DIFFERENT)
  endif()
endforeach()

set(digests "")
foreach(name rapport.wasm rapport.js index.html manifest.webmanifest rapport-page.js icon.svg icon-192.png
        icon-512.png user-guide.md)
  if(EXISTS ${SITE}/${name})
    file(SHA256 ${SITE}/${name} digest)
    string(APPEND digests "${name} ${digest}\n")
  endif()
endforeach()
file(SHA256 ${PAGES}/service-worker.js digest)
string(APPEND digests "service-worker.js ${digest}\n")
string(SHA256 version "${digests}")
string(SUBSTRING "${version}" 0 16 version)

file(READ ${PAGES}/service-worker.js worker)
string(FIND "${worker}" "const VERSION = 'unversioned';" at)
if(at EQUAL -1)
  message(FATAL_ERROR "service-worker.js has no \"const VERSION = 'unversioned';\" line to stamp")
endif()
string(REPLACE "const VERSION = 'unversioned';" "const VERSION = '${version}';" worker "${worker}")
file(WRITE ${SITE}/service-worker.js "${worker}")

file(SIZE ${SITE}/rapport.wasm wasm_bytes)
file(WRITE ${SITE}/rapport-files.js "var rapportWasmBytes = ${wasm_bytes};\nvar rapportVersion = '${version}';\n")

find_program(GZIP gzip REQUIRED)
foreach(name rapport.wasm rapport.js index.html rapport-page.js rapport-files.js service-worker.js
        manifest.webmanifest icon.svg user-guide.md)
  if(EXISTS ${SITE}/${name})
    # -n: no name or time inside, so the same file gives the same bytes
    execute_process(COMMAND ${GZIP} -9 -n -k -f ${SITE}/${name} RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "gzip ${name} failed")
    endif()
  endif()
endforeach()
