# View → Dashboard: the queue at a glance (Qt Charts), every bar a way into the queue.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardfilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboardview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardview.h)
target_link_libraries(console_ui PUBLIC Qt6::Charts)
