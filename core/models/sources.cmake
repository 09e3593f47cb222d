target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/roles.h
    ${CMAKE_CURRENT_LIST_DIR}/queuerowfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/identityfilterproxy.cpp ${CMAKE_CURRENT_LIST_DIR}/identityfilterproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/identitypagesource.cpp ${CMAKE_CURRENT_LIST_DIR}/identitypagesource.h
    ${CMAKE_CURRENT_LIST_DIR}/apiidentitypagesource.cpp ${CMAKE_CURRENT_LIST_DIR}/apiidentitypagesource.h
    ${CMAKE_CURRENT_LIST_DIR}/identityrow.cpp ${CMAKE_CURRENT_LIST_DIR}/identityrow.h
    ${CMAKE_CURRENT_LIST_DIR}/identitypager.cpp ${CMAKE_CURRENT_LIST_DIR}/identitypager.h
    ${CMAKE_CURRENT_LIST_DIR}/identitysearchindex.cpp ${CMAKE_CURRENT_LIST_DIR}/identitysearchindex.h
    ${CMAKE_CURRENT_LIST_DIR}/identitysortengine.cpp ${CMAKE_CURRENT_LIST_DIR}/identitysortengine.h
    ${CMAKE_CURRENT_LIST_DIR}/identitytablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/identitytablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/format.cpp ${CMAKE_CURRENT_LIST_DIR}/format.h
    ${CMAKE_CURRENT_LIST_DIR}/statusexplainer.cpp ${CMAKE_CURRENT_LIST_DIR}/statusexplainer.h)
target_link_libraries(console_core PUBLIC Qt6::Concurrent)
