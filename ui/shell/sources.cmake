target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/environmentbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/mainactions.cpp ${CMAKE_CURRENT_LIST_DIR}/mainactions.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h)
