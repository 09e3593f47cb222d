# The Paxos domain model: DTOs with lossless JSON converters, enum tables, timestamps,
# client-side validation and the ISO country table.
target_sources(paxos PRIVATE
    model/account.cpp model/account.h
    model/control.cpp model/control.h
    model/date.cpp model/date.h
    model/document.cpp model/document.h
    model/enums.cpp model/enums.h
    model/event.cpp model/event.h
    model/identity.cpp model/identity.h
    model/jsonutil.cpp model/jsonutil.h
    model/page.h
    model/problem.cpp model/problem.h
    model/statusdetails.cpp model/statusdetails.h
    model/timestamp.cpp model/timestamp.h
    model/token.cpp model/token.h)
