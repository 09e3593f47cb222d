# The evidence pack: PDF (QTextDocument on QPdfWriter) and JSON bundle for one identity.
target_sources(console_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidencepack.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencepack.h
)
