target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/typedconfirmation.cpp ${CMAKE_CURRENT_LIST_DIR}/typedconfirmation.h
    ${CMAKE_CURRENT_LIST_DIR}/connectiondialog.cpp ${CMAKE_CURRENT_LIST_DIR}/connectiondialog.h
    ${CMAKE_CURRENT_LIST_DIR}/keyringexplanationdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keyringexplanationdialog.h)
