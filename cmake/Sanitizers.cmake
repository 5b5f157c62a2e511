# AddressSanitizer + UndefinedBehaviorSanitizer for the test build (preset asan).
if(RAPPORT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
