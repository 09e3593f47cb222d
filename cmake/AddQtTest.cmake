# add_qt_test(<name> KIND unit|integration|gui SOURCES <files...> [LIBS <targets...>]
#             [FIXTURES <fixtures...>] [TIMEOUT <seconds>] [RUN_SERIAL])
#
# One Qt Test executable per test class. The kind becomes a CTest label; gui tests run
# offscreen. Integration tests name the `sandbox` fixture, so a plain `ctest` starts one
# paxos-sandbox for all of them (see tests/CMakeLists.txt). Every test sees:
#   CC_TEST_DATA_DIR (tests/data, also in <testsupport/testdata.h>)
#   PAXOS_SANDBOX_URL_FILE (the file the fixture writes its URL to)
#   an isolated HOME/XDG tree under the build directory, so nothing touches the user's data.
function(add_qt_test name)
    cmake_parse_arguments(ARG "RUN_SERIAL" "KIND;TIMEOUT" "SOURCES;LIBS;FIXTURES" ${ARGN})
    if(NOT ARG_KIND MATCHES "^(unit|integration|gui)$")
        message(FATAL_ERROR "add_qt_test(${name}): KIND must be unit, integration or gui")
    endif()
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE cc_project_options cc_test_support Qt6::Test ${ARG_LIBS})
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests/bin")
    add_test(NAME ${name} COMMAND ${target})

    set(home "${CMAKE_BINARY_DIR}/tests/home/${name}")
    set(env
        "CC_TEST_DATA_DIR=${CC_TEST_DATA_DIR}"
        "PAXOS_SANDBOX_URL_FILE=${CC_SANDBOX_URL_FILE}"
        "PAXOS_SANDBOX_BIN=$<TARGET_FILE_DIR:${target}>/../../sandbox/paxos-sandbox"
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/config"
        "XDG_DATA_HOME=${home}/data"
        "XDG_CACHE_HOME=${home}/cache"
        "XDG_RUNTIME_DIR=${home}/runtime"
        "QT_LOGGING_RULES=qt.qpa.*=false")
    if(ARG_KIND STREQUAL "gui")
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set(timeout 120)
    if(ARG_TIMEOUT)
        set(timeout ${ARG_TIMEOUT})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_KIND}"
        ENVIRONMENT "${env}"
        TIMEOUT ${timeout})
    # Every test is followed by the leak sweep (tests/support/leaksweep.cpp) over what it left.
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES};leak_sweep")
    if(ARG_RUN_SERIAL)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
    file(MAKE_DIRECTORY "${home}/runtime")
endfunction()
