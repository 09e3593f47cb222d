# The Paxos domain model: DTOs with lossless JSON converters, enum tables, timestamps,
# client-side validation and the ISO country table.
target_sources(paxos PRIVATE
    model/date.cpp model/date.h
    model/enums.cpp model/enums.h
    model/jsonutil.cpp model/jsonutil.h
    model/page.h
    model/problem.cpp model/problem.h
    model/timestamp.cpp model/timestamp.h
    model/token.cpp model/token.h)
