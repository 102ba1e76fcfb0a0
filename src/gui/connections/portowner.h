// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QString>

class ConnectionTableModel;

// "python3 (PID 4242)": the process the Connections table's last snapshot shows holding a
// socket bound to `local` (the netstat/ps step of the tutorial); empty when it is not known.
// Reads the model only: the snapshot was taken off the GUI thread.
QString portOwner(const ConnectionTableModel *model, const Endpoint &local);
