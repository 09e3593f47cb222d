# The console's translation catalogs (resources/translations): compiled into console_ui as
# :/i18n/compliance-console_<locale>.qm, loaded at start by the system locale
# (ui/widgets/translations). `cmake --build <dir> --target update_translations` refreshes the
# catalogs from the sources (lupdate) and fills the pseudo-locale en_XA, in which every string is
# bracketed, so a string that escaped tr() stands out on screen.
#
# Included at the end of the top-level CMakeLists: the sources of every console library are
# known by then.
set(CC_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(CC_TS_FILES
    "${CC_TRANSLATIONS_DIR}/compliance-console_en.ts"
    "${CC_TRANSLATIONS_DIR}/compliance-console_en_XA.ts")

function(cc_add_translations)
    # Built every time: the .qm files in the library's resources.
    qt_add_lrelease(console_ui TS_FILES ${CC_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files
        OPTIONS -silent)
    qt_add_resources(console_ui console_translations
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})

    # On request: what the console's libraries say (paxosctl speaks English only).
    set(sources)
    foreach(target paxos console_settings console_credentials console_record console_writes
                   console_core console_ui console_app)
        if(TARGET ${target})
            get_target_property(target_sources ${target} SOURCES)
            foreach(file IN LISTS target_sources)
                if(file MATCHES "\\.(cpp|h|ui)$" AND IS_ABSOLUTE "${file}")
                    list(APPEND sources "${file}")
                endif()
            endforeach()
        endif()
    endforeach()
    qt_add_lupdate(console_ui NO_GLOBAL_TARGET
        TS_FILES ${CC_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS -no-obsolete -locations none -silent)
    find_package(Python3 COMPONENTS Interpreter QUIET)
    add_custom_target(update_translations
        COMMAND Python3::Interpreter "${CC_TRANSLATIONS_DIR}/pseudo-translate.py"
                "${CC_TRANSLATIONS_DIR}/compliance-console_en_XA.ts"
        COMMENT "Filling the pseudo-locale catalog"
        VERBATIM)
    add_dependencies(update_translations console_ui_lupdate)
endfunction()

cc_add_translations()
