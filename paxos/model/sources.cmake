# The Paxos domain model: DTOs with lossless JSON converters, enum tables, timestamps,
# client-side validation and the ISO country table.
target_sources(paxos PRIVATE
    model/account.cpp model/account.h
    model/accountrules.cpp model/accountrules.h
    model/control.cpp model/control.h
    model/countries.cpp model/countries.h
    model/date.cpp model/date.h
    model/document.cpp model/document.h
    model/enums.cpp model/enums.h
    model/event.cpp model/event.h
    model/examples.cpp model/examples.h
    model/identity.cpp model/identity.h
    model/institutionexample.cpp model/institutionexample.h
    model/institutionrules.cpp model/institutionrules.h
    model/jsonutil.cpp model/jsonutil.h
    model/page.h
    model/problem.cpp model/problem.h
    model/statusdetails.cpp model/statusdetails.h
    model/timestamp.cpp model/timestamp.h
    model/token.cpp model/token.h
    model/validation.cpp model/validation.h)

# The ISO country table and the guide's sample person, compiled in (resources/data, samples).
qt_add_resources(paxos paxos_model_data
    PREFIX "/paxos"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/data/countries.csv"
        "${PROJECT_SOURCE_DIR}/resources/samples/sandbox-example-person.json")
