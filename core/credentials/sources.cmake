# Secrets: the OS keychain through QtKeychain, with an in-memory store as test seam and fallback.
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/credentialstore.cpp ${CMAKE_CURRENT_LIST_DIR}/credentialstore.h
    ${CMAKE_CURRENT_LIST_DIR}/keychaincredentialstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychaincredentialstore.h
)
