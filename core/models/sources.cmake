target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/roles.h
    ${CMAKE_CURRENT_LIST_DIR}/identityfilterproxy.cpp ${CMAKE_CURRENT_LIST_DIR}/identityfilterproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexporter.h)
