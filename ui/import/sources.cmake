# Identity → Import…: bulk onboarding of persons from CSV / JSON Lines (the widgets of
# core/import, console_import).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importpreviewmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importpreviewmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/importintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importintegration.h)
target_link_libraries(console_ui PUBLIC console_import)
