# Accounts of an identity: the use case behind the Accounts tab (list, read, create, update,
# members), every write through the write gate.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/identityaccounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identityaccounts.h)
