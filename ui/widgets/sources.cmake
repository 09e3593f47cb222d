target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statusbadge.cpp ${CMAKE_CURRENT_LIST_DIR}/statusbadge.h
    ${CMAKE_CURRENT_LIST_DIR}/statusbadgedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/statusbadgedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/statewidget.cpp ${CMAKE_CURRENT_LIST_DIR}/statewidget.h
    ${CMAKE_CURRENT_LIST_DIR}/resources.cpp ${CMAKE_CURRENT_LIST_DIR}/resources.h
    ${CMAKE_CURRENT_LIST_DIR}/labels.cpp ${CMAKE_CURRENT_LIST_DIR}/labels.h
    ${CMAKE_CURRENT_LIST_DIR}/copyablefield.cpp ${CMAKE_CURRENT_LIST_DIR}/copyablefield.h
    ${CMAKE_CURRENT_LIST_DIR}/flowlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/flowlayout.h)
