# Every folder joins the build by name. A folder's files are built only when its parent lists
# it, so a reviewer sees each new part in the parent's CMakeLists.txt. The check at the end of
# each function looks for folders that have build files but are not listed, and stops the
# configuration: a folder that is silently left out of the build (and its tests never run) is
# worse than a configure error that names it.

# cc_include_parts(<part>...): include <part>/sources.cmake of each named subfolder of the
# current source directory.
function(cc_include_parts)
    foreach(part IN LISTS ARGN)
        set(file "${CMAKE_CURRENT_SOURCE_DIR}/${part}/sources.cmake")
        if(NOT EXISTS "${file}")
            message(FATAL_ERROR "${CMAKE_CURRENT_SOURCE_DIR}: part '${part}' has no sources.cmake")
        endif()
        include("${file}")
    endforeach()
    _cc_check_listed("sources.cmake" ${ARGN})
endfunction()

# cc_add_subdirectories(<dir>...): add_subdirectory for each named subfolder.
macro(cc_add_subdirectories)
    foreach(_cc_dir ${ARGN})
        add_subdirectory(${_cc_dir})
    endforeach()
    _cc_check_listed("CMakeLists.txt" ${ARGN})
endmacro()

function(_cc_check_listed build_file)
    file(GLOB candidates LIST_DIRECTORIES true "${CMAKE_CURRENT_SOURCE_DIR}/*")
    foreach(candidate IN LISTS candidates)
        if(IS_DIRECTORY "${candidate}" AND EXISTS "${candidate}/${build_file}")
            get_filename_component(name "${candidate}" NAME)
            if(NOT name IN_LIST ARGN)
                message(FATAL_ERROR
                    "${candidate} has a ${build_file} but ${CMAKE_CURRENT_LIST_FILE} does not list "
                    "'${name}': add it to the list there, or remove the folder.")
            endif()
        endif()
    endforeach()
endfunction()
