target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/controlspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/controlspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/eddchecklistwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eddchecklistwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/eventsintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventsintegration.h
    ${CMAKE_CURRENT_LIST_DIR}/eventsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventsview.h
    ${CMAKE_CURRENT_LIST_DIR}/webhooksettingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webhooksettingsdialog.h)
