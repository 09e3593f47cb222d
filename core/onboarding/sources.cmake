# Onboarding logic behind the person forms: update deltas and diffs, submission with audit,
# the duplicate-cip_id workflow, sandbox outcomes and draft autosave.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/draftautosaver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftautosaver.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatecipworkflow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicatecipworkflow.h
    ${CMAKE_CURRENT_LIST_DIR}/identitydelta.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identitydelta.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionmembers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionmembers.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionmembersearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionmembersearch.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionsubmission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionsubmission.h
    ${CMAKE_CURRENT_LIST_DIR}/personsubmission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personsubmission.h
    ${CMAKE_CURRENT_LIST_DIR}/sandboxoutcomes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sandboxoutcomes.h)
