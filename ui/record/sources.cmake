# The review record: audit trail view, notes, timeline, evidence export, team use, store
# settings.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/savepath.cpp ${CMAKE_CURRENT_LIST_DIR}/savepath.h
    ${CMAKE_CURRENT_LIST_DIR}/audittrailtablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/audittrailtablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/audittrailview.cpp ${CMAKE_CURRENT_LIST_DIR}/audittrailview.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/notespanel.cpp ${CMAKE_CURRENT_LIST_DIR}/notespanel.h
    ${CMAKE_CURRENT_LIST_DIR}/reasoncodeeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/reasoncodeeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinewidget.cpp ${CMAKE_CURRENT_LIST_DIR}/timelinewidget.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidenceexportdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/evidenceexportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/evidenceexportdialog.ui)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/teampanel.cpp ${CMAKE_CURRENT_LIST_DIR}/teampanel.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storesettingspage.cpp ${CMAKE_CURRENT_LIST_DIR}/storesettingspage.h
    ${CMAKE_CURRENT_LIST_DIR}/storesettingspage.ui)
# "Test connection" opens the store on a worker thread.
target_link_libraries(console_ui PRIVATE Qt6::Concurrent)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reviewrecordcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/reviewrecordcontroller.h)
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/nextcase.cpp ${CMAKE_CURRENT_LIST_DIR}/nextcase.h)
