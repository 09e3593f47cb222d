target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentuploader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentuploader.h
    ${CMAKE_CURRENT_LIST_DIR}/eventbackfill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventbackfill.h
    ${CMAKE_CURRENT_LIST_DIR}/eventnotifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventnotifier.h
    ${CMAKE_CURRENT_LIST_DIR}/eventprocessor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventprocessor.h
    ${CMAKE_CURRENT_LIST_DIR}/eventrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/eventsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/followupfilterproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/followupfilterproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/followuptracker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/followuptracker.h)
