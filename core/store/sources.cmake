# The review record: one store behind Qt SQL and its repositories.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_link_libraries(console_store PRIVATE OpenSSL::Crypto)
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storeresult.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h
    ${CMAKE_CURRENT_LIST_DIR}/store.cpp ${CMAKE_CURRENT_LIST_DIR}/store.h
    ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp ${CMAKE_CURRENT_LIST_DIR}/migrations.h
)
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/audittrail.cpp ${CMAKE_CURRENT_LIST_DIR}/audittrail.h
    ${CMAKE_CURRENT_LIST_DIR}/auditcheckpoints.cpp ${CMAKE_CURRENT_LIST_DIR}/auditcheckpoints.h
    ${CMAKE_CURRENT_LIST_DIR}/auditcsvexport.cpp ${CMAKE_CURRENT_LIST_DIR}/auditcsvexport.h
)
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apitime.cpp ${CMAKE_CURRENT_LIST_DIR}/apitime.h
    ${CMAKE_CURRENT_LIST_DIR}/notes.cpp ${CMAKE_CURRENT_LIST_DIR}/notes.h
    ${CMAKE_CURRENT_LIST_DIR}/statushistory.cpp ${CMAKE_CURRENT_LIST_DIR}/statushistory.h
    ${CMAKE_CURRENT_LIST_DIR}/requestledger.cpp ${CMAKE_CURRENT_LIST_DIR}/requestledger.h
    ${CMAKE_CURRENT_LIST_DIR}/processedevents.cpp ${CMAKE_CURRENT_LIST_DIR}/processedevents.h
    ${CMAKE_CURRENT_LIST_DIR}/teamsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/teamsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/assignments.cpp ${CMAKE_CURRENT_LIST_DIR}/assignments.h
    ${CMAKE_CURRENT_LIST_DIR}/softlocks.cpp ${CMAKE_CURRENT_LIST_DIR}/softlocks.h
    ${CMAKE_CURRENT_LIST_DIR}/documentrecords.cpp ${CMAKE_CURRENT_LIST_DIR}/documentrecords.h
)
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/draftcipher.cpp ${CMAKE_CURRENT_LIST_DIR}/draftcipher.h
    ${CMAKE_CURRENT_LIST_DIR}/drafts.cpp ${CMAKE_CURRENT_LIST_DIR}/drafts.h
)
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timeline.cpp ${CMAKE_CURRENT_LIST_DIR}/timeline.h
)
