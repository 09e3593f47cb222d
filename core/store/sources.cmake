# The review record: one store behind Qt SQL and its repositories.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_link_libraries(console_core PRIVATE OpenSSL::Crypto)
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storeresult.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h
    ${CMAKE_CURRENT_LIST_DIR}/store.cpp ${CMAKE_CURRENT_LIST_DIR}/store.h
    ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp ${CMAKE_CURRENT_LIST_DIR}/migrations.h
)
