# Precompiled headers for the libraries the console is built from (CC_PCH, off by default;
# `scripts/dev run` turns it on). The Qt headers every file of these targets includes are
# parsed once per target instead of once per file: measured on the console's UI files in a
# release build, 35-45 % less compile CPU per file, for ~11 s once per target (README.md,
# "Building"). ccache keeps hitting: a precompiled header is itself a cached compile, and its
# users are keyed on its contents (ccache needs sloppiness pch_defines,time_macros and
# -fpch-preprocess, both set here and in scripts/dev).
option(CC_PCH "Precompile the heavy Qt headers of the big libraries (faster cold builds)" OFF)
set(CC_PCH_TARGETS "console_ui;console_core;paxos;sandbox;console_record" CACHE STRING
    "Targets that get precompiled Qt headers when CC_PCH is on")

set(_cc_pch_core
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList>
    <QtCore/QMap> <QtCore/QObject> <QtCore/QPointer> <QtCore/QString> <QtCore/QTimer>
    <QtCore/QUrl> <QtCore/QVariant> <functional> <memory> <optional>)
set(_cc_pch_widgets
    <QtGui/QAction> <QtWidgets/QApplication> <QtWidgets/QComboBox> <QtWidgets/QDialog>
    <QtWidgets/QDialogButtonBox> <QtWidgets/QFormLayout> <QtWidgets/QHBoxLayout>
    <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPlainTextEdit>
    <QtWidgets/QPushButton> <QtWidgets/QSplitter> <QtWidgets/QTableView>
    <QtWidgets/QToolButton> <QtWidgets/QTreeWidget> <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)

# Called once every target exists (top-level CMakeLists.txt).
function(cc_apply_precompiled_headers)
    if(NOT CC_PCH)
        return()
    endif()
    foreach(target IN LISTS CC_PCH_TARGETS)
        if(NOT TARGET ${target})
            continue()
        endif()
        set(headers ${_cc_pch_core})
        get_target_property(libs ${target} LINK_LIBRARIES)
        if("Qt6::Widgets" IN_LIST libs)
            list(APPEND headers ${_cc_pch_widgets})
        endif()
        target_precompile_headers(${target} PRIVATE ${headers})
        if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            # ccache's preprocessor mode needs to see which PCH is used.
            target_compile_options(${target} PRIVATE -fpch-preprocess)
        endif()
    endforeach()
endfunction()
