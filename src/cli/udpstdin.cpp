// SPDX-License-Identifier: GPL-3.0-or-later
// UdpClientCommand sending its standard input as datagrams, kept apart from --send and repeats.
#include "udpclientcommand.h"

#include "clioptions.h"
#include "net/engine.h"
#include "net/udpsession.h"
#include "repeatoptions.h"
#include "stdinsource.h"

#include <QCommandLineParser>

namespace {
// Datagrams handed to the network thread and not yet sent beyond which standard input is not
// read: the writer of the pipe waits instead of our memory growing.
constexpr qint64 inFlightLimit = 64;
} // namespace

QCommandLineOption UdpClientCommand::datagramPerOption()
{
    return QCommandLineOption(QStringLiteral("datagram-per"),
                              tr("How piped standard input is cut into datagrams: \"line\" "
                                 "(default; each line with its line end) or \"read\" (whatever "
                                 "one read returns, as ncat -u does)."),
                              QStringLiteral("line|read"));
}

// True when standard input is to be sent (and then started); false with error set on bad
// options, false with error empty when the datagram comes from --send, --file or --message.
bool UdpClientCommand::startStdin(const QCommandLineParser &parser, const QString &host,
                                  quint16 port, QString *error)
{
    const bool isFile = parser.isSet(CliOptions::file());
    const bool isStdinFile = isFile && parser.value(CliOptions::file()) == u"-";
    const bool isStdin = isStdinFile
            || (!isFile && !parser.isSet(QStringLiteral("send")) && !CliOptions::hasMessage(parser)
                && StdinSource::isStreamable(inputFd()));
    const QString per = parser.value(datagramPerOption()).trimmed();
    if (!isStdin) {
        if (parser.isSet(datagramPerOption()))
            *error = tr("--datagram-per cuts piped standard input into datagrams; it does "
                        "nothing with --send, --message or a --file other than \"-\".");
        return false;
    }
    if (per != u"line" && per != u"read" && parser.isSet(datagramPerOption())) {
        *error = tr("The value of --datagram-per must be \"line\" or \"read\", not \"%1\".")
                         .arg(per);
        return false;
    }
    if (isStdinFile && inputFd() < 0) {
        *error = tr("--file - reads standard input, which this run does not have.");
        return false;
    }
    if (parser.isSet(CliOptions::hex()) || parser.isSet(QStringLiteral("send"))) {
        *error = tr("--send and --hex give the datagram on the command line; leave them out to "
                    "send standard input.");
        return false;
    }
    if (RepeatOptions::isSet(parser) || parser.isSet(CliOptions::macros())) {
        *error = tr("--count, --rate, --interval and --macros repeat --send; standard input "
                    "is sent as it is read.");
        return false;
    }
    m_host = host;
    m_port = port;
    m_isStats = parser.isSet(CliOptions::stats());
    m_stdin = new StdinSource(inputFd(),
                              per == u"read" ? StdinSource::Split::Reads
                                             : StdinSource::Split::Lines,
                              this);
    m_stdin->setMaxPiece(CliOptions::udpLimit(host).bytes);
    m_session = engine()->createUdp(TrafficEvent::Role::Client);
    watch(m_session);
    connect(m_session, &Session::errorOccurred, this, &UdpClientCommand::networkError);
    connect(m_session, &UdpSession::sendFailed, this,
            [this](const Endpoint &, const QString &message) { networkError(message); });
    connect(m_session, &UdpSession::datagramSent, this, [this] {
        --m_stdinInFlight;
        if (m_stdinEnded && m_stdinInFlight <= 0)
            onStdinDone();
        else if (m_stdinInFlight < inFlightLimit / 2)
            m_stdin->resume();
    });
    connect(m_stdin, &StdinSource::dataRead, this, &UdpClientCommand::onStdinData);
    connect(m_stdin, &StdinSource::finished, this, [this](const QString &readError) {
        m_stdinEnded = true;
        if (!readError.isEmpty())
            networkError(readError);
        else if (m_stdinInFlight <= 0)
            onStdinDone();
    });
    m_stdin->start();
    return true;
}

void UdpClientCommand::onStdinData(const QByteArray &data)
{
    if (isFinished())
        return;
    m_session->sendTo(m_host, m_port, data);
    if (++m_stdinInFlight >= inFlightLimit)
        m_stdin->pause();
}

void UdpClientCommand::onStdinDone()
{
    finishSending();
}
