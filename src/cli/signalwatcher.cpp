// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// One process, one pipe: a signal handler can only reach static storage.
int s_pipe[2] = {-1, -1};
#ifdef Q_OS_UNIX
// Written by the handler, read by it and by the loop: only sig_atomic_t is safe for both.
volatile sig_atomic_t s_pendingSignal = 0; // delivered, not yet taken by the loop
volatile sig_atomic_t s_takenSignal = 0; // taken: the command is already stopping
// The sentence said when the process ends at once, translated beforehand: a handler may not
// allocate, format or translate.
char s_forcedMessage[512] = {};
size_t s_forcedMessageSize = 0;
// The CPU clock of the thread that runs the event loop, and its reading when the watchdog was
// armed: a loop that is busy (printing a 32 MiB payload) gets another second, one that sleeps
// in a blocked open/read/write does not. Touched only by the handlers.
clockid_t s_loopClock = CLOCK_REALTIME;
bool s_hasLoopClock = false;
long long s_loopCpuAtArm = -1;
// CPU time the loop must have used in a second to count as busy rather than blocked.
constexpr long long busyCpuNs = 50'000'000;

long long loopCpuNs()
{
    timespec now = {};
    if (!s_hasLoopClock || ::clock_gettime(s_loopClock, &now) != 0)
        return -1;
    return static_cast<long long>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

[[noreturn]] void endAtOnce(int signalNumber)
{
    [[maybe_unused]] const ssize_t written
        = ::write(STDERR_FILENO, s_forcedMessage, s_forcedMessageSize);
    ::_exit(128 + signalNumber);
}
#endif
} // namespace

SignalWatcher::SignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe) != 0)
        return;
    ::fcntl(s_pipe[1], F_SETFL, ::fcntl(s_pipe[1], F_GETFL) | O_NONBLOCK);
    const QByteArray message
        = tr("socklab-cli: stopped at once (a second signal, or the first one not handled "
             "within a second); the output and the log file may be incomplete.")
              .toLocal8Bit()
        + '\n';
    s_forcedMessageSize = qMin(size_t(message.size()), sizeof s_forcedMessage);
    std::memcpy(s_forcedMessage, message.constData(), s_forcedMessageSize);
    s_hasLoopClock = ::pthread_getcpuclockid(::pthread_self(), &s_loopClock) == 0;
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    // SIGALRM is the watchdog armed by the first signal.
    for (int number : m_signals + QList<int> {SIGALRM}) {
        struct sigaction action = {};
        action.sa_handler = &SignalWatcher::handle;
        // One handler at a time per thread: they share the watchdog's state.
        sigemptyset(&action.sa_mask);
        for (int other : m_signals + QList<int> {SIGALRM})
            sigaddset(&action.sa_mask, other);
        action.sa_flags = SA_RESTART;
        ::sigaction(number, &action, nullptr);
    }
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    ::alarm(0);
    for (int number : m_signals + QList<int> {SIGALRM})
        ::signal(number, SIG_DFL);
#endif
}

void SignalWatcher::handle(int signalNumber)
{
#ifdef Q_OS_UNIX
    // Only async-signal-safe calls here: write, alarm, clock_gettime, _exit.
    if (signalNumber == SIGALRM) {
        if (s_pendingSignal == 0)
            return;
        const long long cpu = loopCpuNs();
        if (cpu >= 0 && s_loopCpuAtArm >= 0 && cpu - s_loopCpuAtArm > busyCpuNs) {
            s_loopCpuAtArm = cpu;
            ::alarm(watchdogSeconds);
            return;
        }
        endAtOnce(s_pendingSignal);
    }
    if (s_pendingSignal != 0 || s_takenSignal != 0)
        endAtOnce(signalNumber);
    s_pendingSignal = signalNumber;
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    s_loopCpuAtArm = loopCpuNs();
    ::alarm(watchdogSeconds);
#else
    Q_UNUSED(signalNumber);
#endif
}

void SignalWatcher::readPipe()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(s_pipe[0], &byte, 1) != 1)
        return;
    ::alarm(0);
    s_takenSignal = s_pendingSignal;
    s_pendingSignal = 0;
    emit signalled(static_cast<unsigned char>(byte));
#endif
}
