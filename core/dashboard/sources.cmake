# The dashboard's numbers: aggregation of a snapshot of the queue's rows (pure, thread-safe).
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.h)
