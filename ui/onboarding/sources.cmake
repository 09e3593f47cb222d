# Onboarding forms: create and edit a person identity, the duplicate-cip_id workflow,
# sandbox outcomes and drafts.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/personform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personform.h
    ${CMAKE_CURRENT_LIST_DIR}/personformfields.h
    ${CMAKE_CURRENT_LIST_DIR}/personformrequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personform.ui)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/duplicatecipiddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicatecipiddialog.h
    ${CMAKE_CURRENT_LIST_DIR}/onboardingservices.h
    ${CMAKE_CURRENT_LIST_DIR}/persondialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/persondialog.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/draftsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/sandboxoutcomespanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sandboxoutcomespanel.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/onboardingintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/onboardingintegration.h)
# Institutions: the institution form and dialog, the member picker, the menu feature.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/institutiondialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutiondialog.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionform.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionintegration.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionmemberpicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionmemberpicker.h
    ${CMAKE_CURRENT_LIST_DIR}/personsearchbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personsearchbox.h)
