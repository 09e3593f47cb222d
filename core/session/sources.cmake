target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/writeconfirmation.h
    ${CMAKE_CURRENT_LIST_DIR}/embeddedsandbox.cpp ${CMAKE_CURRENT_LIST_DIR}/embeddedsandbox.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/ledgerrecorder.cpp ${CMAKE_CURRENT_LIST_DIR}/ledgerrecorder.h)
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statussnapshots.cpp ${CMAKE_CURRENT_LIST_DIR}/statussnapshots.h)
