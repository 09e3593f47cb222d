# The institution review: members with their status and what each waits on, and the
# institution's requirements in plain words.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/institutionreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionreview.h)
# The members of the queue's institutions, read in the background for the Waiting on column.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/institutionmemberscache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/institutionmemberscache.h)
