# paxos/net: environments, clock, token provider, connection, retry and pacing, request log.
target_sources(paxos PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clock.cpp ${CMAKE_CURRENT_LIST_DIR}/clock.h
    ${CMAKE_CURRENT_LIST_DIR}/environment.cpp ${CMAKE_CURRENT_LIST_DIR}/environment.h
    ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.cpp ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h
    ${CMAKE_CURRENT_LIST_DIR}/requestlog.cpp ${CMAKE_CURRENT_LIST_DIR}/requestlog.h
    ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/transport.cpp ${CMAKE_CURRENT_LIST_DIR}/transport.h
)
target_sources(paxos PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apierror.cpp ${CMAKE_CURRENT_LIST_DIR}/apierror.h
    ${CMAKE_CURRENT_LIST_DIR}/tokenprovider.cpp ${CMAKE_CURRENT_LIST_DIR}/tokenprovider.h
)
target_sources(paxos PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connection.cpp ${CMAKE_CURRENT_LIST_DIR}/connection.h
)
