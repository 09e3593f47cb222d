# One INTERFACE target, cc_project_options, carries the language standard, warnings and the
# strict Qt defines. Every target of the project links it; nothing is set directory-wide.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(CC_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (on in the CI preset)" OFF)
option(CC_SANITIZERS "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CC_TSAN "Build with ThreadSanitizer (not together with CC_SANITIZERS or CC_FUZZ)" OFF)
# libFuzzer harnesses (tests/fuzz): needs Clang. Everything is built with coverage
# instrumentation plus ASan and UBSan, so only build the fuzz targets in such a tree.
option(CC_FUZZ "Build the libFuzzer harnesses in tests/fuzz (Clang only)" OFF)
# The product's libraries are static, so each program ships as one file. A sanitizer build
# links them as shared libraries instead: ASan's and UBSan's instrumentation makes every test
# program that links them statically about 240 MB (13 GB for the suite), which filled a CI
# machine's disk; shared, each library is on disk once.
option(CC_SHARED_LIBS "Build the product's libraries as shared libraries (the ci-asan preset)" OFF)
if(CC_SHARED_LIBS)
    set(CC_LIBRARY_TYPE SHARED)
    # Installed, the libraries live in a private folder (packaging/CMakeLists.txt installs
    # them there), found from bin/ and from each other.
    set(CC_PRIVATE_LIBDIR lib/compliance-console)
    set(CMAKE_INSTALL_RPATH "$ORIGIN/../${CC_PRIVATE_LIBDIR};$ORIGIN")
else()
    set(CC_LIBRARY_TYPE STATIC)
endif()
if(CC_TSAN AND (CC_SANITIZERS OR CC_FUZZ))
    message(FATAL_ERROR "CC_TSAN cannot be combined with CC_SANITIZERS or CC_FUZZ")
endif()
if(CC_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CC_FUZZ needs Clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++ or use the `fuzz` preset")
endif()

add_library(cc_project_options INTERFACE)
target_compile_features(cc_project_options INTERFACE cxx_std_20)
target_compile_definitions(cc_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cc_project_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
        -Wno-missing-field-initializers)
    if(CC_WARNINGS_AS_ERRORS)
        target_compile_options(cc_project_options INTERFACE -Werror)
    endif()
    if(CC_SANITIZERS)
        target_compile_options(cc_project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(cc_project_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(CC_TSAN)
        target_compile_options(cc_project_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
        target_link_options(cc_project_options INTERFACE -fsanitize=thread)
    endif()
    if(CC_FUZZ)
        # fuzzer-no-link: coverage feedback for the code under test; the harnesses themselves
        # link -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt), which brings libFuzzer's main.
        target_compile_options(cc_project_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(cc_project_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# `cmake --build <dir> --target format` applies .clang-format to every tracked C++ file.
function(add_format_target)
    find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
    if(NOT CLANG_FORMAT_EXE)
        return()
    endif()
    file(GLOB_RECURSE _cc_format_files CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/paxos/*.cpp" "${PROJECT_SOURCE_DIR}/paxos/*.h"
        "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
        "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
        "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
        "${PROJECT_SOURCE_DIR}/cli/*.cpp" "${PROJECT_SOURCE_DIR}/cli/*.h"
        "${PROJECT_SOURCE_DIR}/httpserver/*.cpp" "${PROJECT_SOURCE_DIR}/httpserver/*.h"
        "${PROJECT_SOURCE_DIR}/sandbox/*.cpp" "${PROJECT_SOURCE_DIR}/sandbox/*.h"
        "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
        "${PROJECT_SOURCE_DIR}/bench/*.cpp" "${PROJECT_SOURCE_DIR}/bench/*.h")
    add_custom_target(format
        COMMAND "${CLANG_FORMAT_EXE}" -i --style=file ${_cc_format_files}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Applying .clang-format"
        VERBATIM)
    add_custom_target(format-check
        COMMAND "${CLANG_FORMAT_EXE}" --dry-run --Werror --style=file ${_cc_format_files}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Checking .clang-format"
        VERBATIM)
endfunction()
