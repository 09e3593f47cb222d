# The team's work on the queue: taking a case (the atomic take and its audit entry, one
# transaction) and the next case.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/casetaking.cpp ${CMAKE_CURRENT_LIST_DIR}/casetaking.h)
