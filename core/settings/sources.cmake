# The typed settings registry (QSettings, roaming and local files). Never a secret.
target_sources(console_store PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/settings.cpp ${CMAKE_CURRENT_LIST_DIR}/settings.h
)
