# paxos/api: one job class per operation of the reference's endpoint index, plus helpers.
target_sources(paxos PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/accountjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/controljobs.cpp ${CMAKE_CURRENT_LIST_DIR}/controljobs.h
    ${CMAKE_CURRENT_LIST_DIR}/documentjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/documentjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/eventjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/eventjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/identityjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/identityjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/job.cpp ${CMAKE_CURRENT_LIST_DIR}/job.h
    ${CMAKE_CURRENT_LIST_DIR}/memberjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/memberjobs.h
    ${CMAKE_CURRENT_LIST_DIR}/queries.cpp ${CMAKE_CURRENT_LIST_DIR}/queries.h
    ${CMAKE_CURRENT_LIST_DIR}/sandboxadminjobs.cpp ${CMAKE_CURRENT_LIST_DIR}/sandboxadminjobs.h
)
target_sources(paxos PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/eventfollower.cpp ${CMAKE_CURRENT_LIST_DIR}/eventfollower.h
    ${CMAKE_CURRENT_LIST_DIR}/listall.cpp ${CMAKE_CURRENT_LIST_DIR}/listall.h
)
