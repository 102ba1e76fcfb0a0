# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile settings carried by one INTERFACE target, linked by every target we build.
add_library(socklab_common INTERFACE)
target_compile_features(socklab_common INTERFACE cxx_std_20)
target_compile_definitions(socklab_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(socklab_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(SOCKLAB_WARNINGS_AS_ERRORS)
        target_compile_options(socklab_common INTERFACE -Werror)
    endif()
endif()
