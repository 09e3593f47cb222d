target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/writeconfirmation.cpp ${CMAKE_CURRENT_LIST_DIR}/writeconfirmation.h)
