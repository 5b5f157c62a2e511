# Warnings are errors for our own targets; Debian's headers are included as
# system headers so their warnings never block us.
add_library(rapport_warnings INTERFACE)
target_compile_options(rapport_warnings INTERFACE -Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports std::variant's inactive members as "maybe uninitialized" at
  # -O2 and above (GCC bugs 105562, 107138): a false positive, not our code.
  target_compile_options(rapport_warnings INTERFACE -Wno-maybe-uninitialized)
  # GCC 12 at -O3 warns of overlapping memcpy inside std::string's operator+
  # (GCC bug 105329): also a false positive in the library's inlined code.
  target_compile_options(rapport_warnings INTERFACE -Wno-restrict)
endif()
