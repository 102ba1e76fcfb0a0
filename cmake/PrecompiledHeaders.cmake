# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled Qt headers. Parsing Qt's headers is most of what compiling one of our files costs:
# g++ 12 at -O2 took 3.7 s for endpoint.cpp and 0.8 s with the headers precompiled (8.3 s and
# 4.7 s for udpsession.cpp), and CI builds every file four times (normal, GUI off, sanitizers,
# Debian flags), which had brought it to 78 of its 90 minutes. Only Qt's and the standard
# library's headers are listed, never ours, so editing a project header rebuilds what includes
# it and nothing more. `-DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON` builds without them; `make fuzz`
# does, so a missing #include in the core still fails somewhere.

set(SOCKLAB_PCH_CORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QElapsedTimer>
    <QtCore/QHash> <QtCore/QList> <QtCore/QObject> <QtCore/QPointer> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTimer>
    <QtNetwork/QAbstractSocket> <QtNetwork/QHostAddress> <QtNetwork/QTcpSocket>
    <QtNetwork/QUdpSocket>
    <algorithm> <memory> <optional> <vector>)
set(SOCKLAB_PCH_WIDGETS
    <QtWidgets/QAbstractItemView> <QtWidgets/QApplication> <QtWidgets/QComboBox>
    <QtWidgets/QHBoxLayout> <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QLineEdit>
    <QtWidgets/QPushButton> <QtWidgets/QSpinBox> <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>
    <QtCore/QAbstractTableModel> <QtCore/QLocale> <QtGui/QPainter> <QtGui/QPalette>)
set(SOCKLAB_PCH_TEST <QtTest/QSignalSpy> <QtTest/QTest>)

# The libraries: one precompiled header each.
function(socklab_precompile_library target)
    cmake_parse_arguments(ARG "WIDGETS" "" "" ${ARGN})
    set(headers ${SOCKLAB_PCH_CORE})
    if(ARG_WIDGETS)
        list(APPEND headers ${SOCKLAB_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# A test: the first test of a folder linking a given set of libraries precompiles the headers,
# the others of that folder with the same set reuse its file (a test is one or two files, too few to pay for a header
# of its own). Same libraries means same Qt modules, so the same macros that QtTest's headers
# look at (QT_WIDGETS_LIB). CMake compiles with -Winvalid-pch, so with warnings as errors a
# file g++ cannot use fails the build instead of slowing it down unnoticed.
function(socklab_precompile_test target libs)
    # Per folder too: QtTest's macros name the test's folder (QT_TESTCASE_SOURCEDIR).
    string(MAKE_C_IDENTIFIER "socklab_pch_owner_${CMAKE_CURRENT_SOURCE_DIR}_${libs}" key)
    get_property(owner GLOBAL PROPERTY ${key})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
        return()
    endif()
    set_property(GLOBAL PROPERTY ${key} ${target})
    set(headers ${SOCKLAB_PCH_CORE} ${SOCKLAB_PCH_TEST})
    if(libs MATCHES "socklab_gui")
        list(APPEND headers ${SOCKLAB_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
