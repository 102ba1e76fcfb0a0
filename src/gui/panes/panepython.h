// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/pythonprogram.h"

#include <QCoreApplication>

class SessionPane;

// A server or client pane's current fields as PythonProgram settings, with what the program
// cannot do (rules, framing, macros...) named rather than dropped.
class PanePython
{
    Q_DECLARE_TR_FUNCTIONS(PanePython)

public:
    static PythonProgram::Settings settings(const SessionPane *pane);
    // "server_tcp.py", "client_udp.py": the tutorial's names.
    static QString fileName(const PythonProgram::Settings &settings);
};
