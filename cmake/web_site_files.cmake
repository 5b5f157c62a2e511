# After the web app links (cmake -DSITE=DIR -P web_site_files.cmake):
# - rapport-files.js tells the page how big rapport.wasm is, so its first
#   load shows a percentage even when the server sends it compressed (the
#   Content-Length is then the compressed size);
# - a gzip copy beside each file, for servers that send precompressed files
#   (nginx gzip_static, Caddy precompressed, Apache MultiViews): 3.6 MB of
#   wasm goes over the wire as about 1.6 MB.
file(SIZE ${SITE}/rapport.wasm wasm_bytes)
file(WRITE ${SITE}/rapport-files.js "var rapportWasmBytes = ${wasm_bytes};\n")
find_program(GZIP gzip REQUIRED)
foreach(name rapport.wasm rapport.js index.html rapport-page.js rapport-files.js service-worker.js
        manifest.webmanifest icon.svg)
  if(EXISTS ${SITE}/${name})
    # -n: no name or time inside, so the same file gives the same bytes
    execute_process(COMMAND ${GZIP} -9 -n -k -f ${SITE}/${name} RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "gzip ${name} failed")
    endif()
  endif()
endforeach()
