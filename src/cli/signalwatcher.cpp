#include "signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// One process, one pipe: a signal handler can only reach static storage.
int s_pipe[2] = {-1, -1};
} // namespace

SignalWatcher::SignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe) != 0)
        return;
    ::fcntl(s_pipe[1], F_SETFL, ::fcntl(s_pipe[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    for (int number : std::as_const(m_signals)) {
        struct sigaction action = {};
        action.sa_handler = &SignalWatcher::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(number, &action, nullptr);
    }
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    for (int number : std::as_const(m_signals))
        ::signal(number, SIG_DFL);
#endif
}

void SignalWatcher::handle(int signalNumber)
{
#ifdef Q_OS_UNIX
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
#else
    Q_UNUSED(signalNumber);
#endif
}

void SignalWatcher::readPipe()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(s_pipe[0], &byte, 1) == 1)
        emit signalled(static_cast<unsigned char>(byte));
#endif
}
