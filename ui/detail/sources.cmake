target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/identitydetailpane.cpp ${CMAKE_CURRENT_LIST_DIR}/identitydetailpane.h
    ${CMAKE_CURRENT_LIST_DIR}/identitydetailpages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionreviewintegration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionreviewintegration.h
    ${CMAKE_CURRENT_LIST_DIR}/institutionreviewpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionreviewpanel.h)
