target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/filterbar.cpp ${CMAKE_CURRENT_LIST_DIR}/filterbar.h
    ${CMAKE_CURRENT_LIST_DIR}/loadallcontrol.cpp ${CMAKE_CURRENT_LIST_DIR}/loadallcontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/queueexport.cpp ${CMAKE_CURRENT_LIST_DIR}/queueexport.h
    ${CMAKE_CURRENT_LIST_DIR}/queuestatus.cpp ${CMAKE_CURRENT_LIST_DIR}/queuestatus.h
    ${CMAKE_CURRENT_LIST_DIR}/queuetableview.cpp ${CMAKE_CURRENT_LIST_DIR}/queuetableview.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/savedviewscontrol.cpp ${CMAKE_CURRENT_LIST_DIR}/savedviewscontrol.h)
