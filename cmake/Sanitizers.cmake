# AddressSanitizer + UndefinedBehaviorSanitizer for the test build (preset asan);
# ThreadSanitizer for the tests that start threads (preset tsan).
if(RAPPORT_FUZZ)
  # Every library is instrumented for coverage; the fuzz binaries link libFuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
elseif(RAPPORT_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
elseif(RAPPORT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
