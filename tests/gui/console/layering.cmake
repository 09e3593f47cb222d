# The composition root's promises, checked on the source tree (cmake -P, no build needed):
#  - no file under ui/ includes a sandbox/ header (the window reaches the embedded sandbox
#    only through core interfaces such as WebhookRegistrar), nor a paxos/api/ one;
#  - the review record's services and the other long-lived services are built in app/ only
#    (one StatusHistory, one Notes … per console), never by ui/ or core/ code.
if(NOT ROOT)
    message(FATAL_ERROR "layering.cmake: pass -DROOT=<source dir>")
endif()

set(problems "")
file(GLOB_RECURSE ui_files "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
foreach(f IN LISTS ui_files)
    file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]+[\"<]sandbox/")
    if(hits)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND problems "${rel} includes a sandbox/ header: ${hits}")
    endif()
    # Widgets show and ask; API calls are core use cases (CurrentIdentity's fetcher,
    # ControlChanges, PersonSubmission, DocumentUploader…).
    file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]+[\"<]paxos/api/")
    if(hits)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND problems "${rel} includes a paxos/api/ header: ${hits}")
    endif()
endforeach()

set(services "AuditTrail|StatusHistory|Notes|ReasonCodes|Assignments|SoftLocks|Drafts|DraftKeyLoader|DocumentRecords|ProcessedEvents|RequestLedger|Session|IdentityTableModel|CurrentIdentity|EmbeddedSandbox|EventsService|StatusSnapshots")
file(GLOB_RECURSE built_files "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/core/*.h"
     "${ROOT}/core/*.cpp")
foreach(f IN LISTS built_files)
    # The record's own classes compose each other (Notes keeps its ReasonCodes).
    if(f MATCHES "/core/record/")
        continue()
    endif()
    # Built with new / make_unique, or held by value as a member.
    file(STRINGS "${f}" hits
         REGEX "(new|make_unique<|make_shared<)[ \t]*(${services})[ \t]*[(>]|^[ \t]*(${services})[ \t]+m_[A-Za-z0-9_]+[ \t]*[;{]")
    if(hits)
        file(RELATIVE_PATH rel "${ROOT}" "${f}")
        list(APPEND problems "${rel} builds a long-lived service (build it in app/): ${hits}")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering:\n  ${text}")
endif()
message(STATUS "Layering: ui/ includes no sandbox/ or paxos/api/ header; services are built in app/ only")
