# The institution review: members with their status and what each waits on, and the
# institution's requirements in plain words.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/institutionreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionreview.h)
