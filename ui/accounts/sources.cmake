# The Accounts tab: an identity's accounts and members, the account form (create/update).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/accountsintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountsintegration.h
    ${CMAKE_CURRENT_LIST_DIR}/accountspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountspanel.h)
