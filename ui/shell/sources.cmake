target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/environmentbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/mainactions.cpp ${CMAKE_CURRENT_LIST_DIR}/mainactions.h
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h)
