# Warnings are errors for our own targets; Debian's headers are included as
# system headers so their warnings never block us.
add_library(rapport_warnings INTERFACE)
target_compile_options(rapport_warnings INTERFACE -Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports std::variant's inactive members as "maybe uninitialized" at
  # -O2 and above (GCC bugs 105562, 107138): a false positive, not our code.
  target_compile_options(rapport_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
