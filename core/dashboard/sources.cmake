# The dashboard's numbers: aggregation of a snapshot of the queue's rows and of the review
# record (pure, thread-safe), and the paged reading of that record.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.h
    ${CMAKE_CURRENT_LIST_DIR}/recordreader.cpp ${CMAKE_CURRENT_LIST_DIR}/recordreader.h)
