# The current identity: the selection flow (selected → settled → loaded) and the one fetcher
# that reads an identity's parts from the API for everyone who shows them.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/currentidentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/currentidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/identityfetcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identityfetcher.h
    ${CMAKE_CURRENT_LIST_DIR}/identitylookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identitylookup.h)
