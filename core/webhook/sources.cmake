target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/webhookreceiver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webhookreceiver.h)
