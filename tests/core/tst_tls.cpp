// SPDX-License-Identifier: GPL-3.0-or-later
// TLS on the TCP sessions (issue 12): the certificate generator, a TLS server and client on
// loopback, certificate decisions as one sentence, the handshake deadline and truthful sent
// counts.
#include "eventsofkind.h"
#include "log/trafficlog.h"
#include "net/selfsignedcertificate.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "net/tlsnarration.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool hasInfo(const TrafficLog &log, const QString &part)
{
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.contains(part))
            return true;
    }
    return false;
}

QString infoText(const TrafficLog &log)
{
    QStringList all;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info))
        all << event.message;
    return all.join(u'\n');
}

QByteArray receivedBytes(const TrafficLog &log, int sessionId)
{
    QByteArray all;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        if (event.sessionId == sessionId)
            all += event.payload;
    }
    return all;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatesAPrivateCertificate();
    void refusesToWriteThroughASymlink();
    void selfSignedIsKeptForTheSameNames();
    void fingerprintMatchesOpenssl();
    void clientTrustsAPinnedCertificate();
    void selfSignedIsOneSentence();
    void wrongHostIsOneSentence();
    void expiredIsOneSentence();
    void insecureIsNarratedNotSilent();
    void handshakeHasADeadline();
    void serverLoadsAnOpensslCertificate();
    void sentCountsPlaintextTheKernelTook();
    void requiredClientCertificate();
    void framedRowsNameSslRead();
    void serverReadsWholeDecryptedBlocks();

private:
    // A TLS server on 127.0.0.1 with dir's generated certificate; its port.
    quint16 startServer(TcpServerSession &server, const TlsOptions &tls);
    // A TLS server with options on 127.0.0.1 (its certificate made here) and client connected
    // to it, trusting that certificate as its CA. Check QTest::currentTestFailed() after.
    void connectTrusted(TcpServerSession &server, TcpServerOptions options,
                        TcpClientSession &client);
    TlsOptions serverTls(const QStringList &hosts, int days = 30, qint64 fromSecs = -60);

    QTemporaryDir m_dir;
    int m_certificates = 0;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt found no OpenSSL");
    QVERIFY(m_dir.isValid());
    // Generated certificates go under ~/.qttest, never the user's own data folder.
    QStandardPaths::setTestModeEnabled(true);
}

TlsOptions TestTls::serverTls(const QStringList &hosts, int days, qint64 fromSecs)
{
    QByteArray certificate;
    QByteArray key;
    QString error;
    const bool made = SelfSignedCertificate::generate(hosts, &certificate, &key, &error, days,
                                                      fromSecs);
    if (!made)
        qWarning() << error;
    const QString base = m_dir.filePath(QStringLiteral("c%1").arg(++m_certificates));
    TlsOptions tls;
    tls.enabled = true;
    tls.certificateFile = base + QStringLiteral(".crt");
    tls.keyFile = base + QStringLiteral(".key");
    SelfSignedCertificate::save(tls.certificateFile, certificate, &error);
    SelfSignedCertificate::save(tls.keyFile, key, &error);
    return tls;
}

void TestTls::connectTrusted(TcpServerSession &server, TcpServerOptions options,
                             TcpClientSession &client)
{
    const TlsOptions serverOptions = serverTls({QStringLiteral("127.0.0.1")});
    options.tls = serverOptions;
    server.setOptions(options);
    QSignalSpy listening(&server, &TcpServerSession::listening);
    server.listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(listening.count(), 1);
    TlsOptions tls;
    tls.enabled = true;
    tls.caFile = serverOptions.certificateFile;
    client.setTls(tls);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.localEndpoint().port());
    QVERIFY(connected.wait(10000));
}

quint16 TestTls::startServer(TcpServerSession &server, const TlsOptions &tls)
{
    TcpServerOptions options;
    options.tls = tls;
    options.echo = true;
    server.setOptions(options);
    QSignalSpy listening(&server, &TcpServerSession::listening);
    server.listen(QHostAddress::LocalHost, 0);
    if (!listening.wait(5000) && listening.isEmpty())
        return 0;
    return server.localEndpoint().port();
}

void TestTls::generatesAPrivateCertificate()
{
    const QString certificatePath = m_dir.filePath(QStringLiteral("gen.crt"));
    const QString keyPath = m_dir.filePath(QStringLiteral("gen.key"));
    QString fingerprint;
    QString error;
    QVERIFY2(SelfSignedCertificate::create({QStringLiteral("localhost"),
                                            QStringLiteral("127.0.0.1"), QStringLiteral("::1")},
                                           certificatePath, keyPath, &fingerprint, &error),
             qPrintable(error));
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile key(keyPath);
    QCOMPARE(key.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), owner);
    QFile certificateFile(certificatePath);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(certificateFile.readAll());
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(TlsNarration::fingerprint(parsed.first()), fingerprint);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    const auto names = parsed.first().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
}

// The window and socklab-cli keep one certificate per set of names in one folder, reused while
// valid: both present the same server identity, and a pinned fingerprint keeps working.
void TestTls::selfSignedIsKeptForTheSameNames()
{
    QVERIFY(SelfSignedCertificate::defaultDirectory().endsWith(u"/SockLab/SockLab/tls"));
    const QStringList hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.5")};
    const QString stem = SelfSignedCertificate::pathStem(hosts);
    QFile::remove(stem + QStringLiteral(".crt"));
    QFile::remove(stem + QStringLiteral(".key"));
    QString error;
    const auto first = SelfSignedCertificate::forHosts(hosts, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->made);
    QCOMPARE(first->certificatePath, stem + QStringLiteral(".crt"));
    const auto second = SelfSignedCertificate::forHosts(hosts, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!second->made);
    QCOMPARE(second->fingerprint, first->fingerprint);

    // One about to expire is replaced, not served for its last hours.
    QByteArray certificatePem;
    QByteArray keyPem;
    QVERIFY(SelfSignedCertificate::generate(hosts, &certificatePem, &keyPem, &error, 1,
                                            -3600));
    QVERIFY(SelfSignedCertificate::save(first->certificatePath, certificatePem, &error));
    QVERIFY(SelfSignedCertificate::save(first->keyPath, keyPem, &error));
    const auto renewed = SelfSignedCertificate::forHosts(hosts, &error);
    QVERIFY2(renewed, qPrintable(error));
    QVERIFY(renewed->made);
    QVERIFY(renewed->fingerprint != first->fingerprint);
}

void TestTls::refusesToWriteThroughASymlink()
{
    const QString target = m_dir.filePath(QStringLiteral("elsewhere"));
    const QString link = m_dir.filePath(QStringLiteral("link.key"));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY(!SelfSignedCertificate::save(link, "secret", &error));
    QVERIFY(error.contains(QStringLiteral("symbolic link")));
    QVERIFY(!QFile::exists(target));
}

void TestTls::fingerprintMatchesOpenssl()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const TlsOptions tls = serverTls({QStringLiteral("localhost")});
    QProcess process;
    process.start(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"),
                            QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                            QStringLiteral("-in"), tls.certificateFile});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString output = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    QFile file(tls.certificateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate certificate = QSslCertificate::fromData(file.readAll()).first();
    QVERIFY2(output.endsWith(TlsNarration::fingerprint(certificate)), qPrintable(output));
}

void TestTls::clientTrustsAPinnedCertificate()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    const TlsOptions tls = serverTls({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    const quint16 port = startServer(server, tls);
    QVERIFY(port != 0);
    QFile file(tls.certificateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate certificate = QSslCertificate::fromData(file.readAll()).first();

    TcpClientSession client(2, &log);
    TlsOptions clientTls;
    clientTls.enabled = true;
    clientTls.trustedFingerprints = {TlsNarration::fingerprint(certificate)};
    client.setTls(clientTls);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(connected.wait(10000));
    QVERIFY(hasInfo(log, QStringLiteral("SSL_connect()")));
    QVERIFY(hasInfo(log, QStringLiteral("SSL_accept()")));
    QVERIFY(hasInfo(log, QStringLiteral("TLS handshake done: TLS 1.3, cipher TLS_")));
    QVERIFY(hasInfo(log, QStringLiteral("Trusted anyway")));
    QVERIFY(hasInfo(log, TlsNarration::fingerprint(certificate)));
    QVERIFY(hasInfo(log, QStringLiteral("subject O=SockLab, CN=localhost")));

    client.send("hello over TLS");
    // Echoed by the server: both sides log the decrypted payload.
    QTRY_COMPARE(receivedBytes(log, 2), QByteArray("hello over TLS"));
    QCOMPARE(receivedBytes(log, 1), QByteArray("hello over TLS"));
}

void TestTls::selfSignedIsOneSentence()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    const quint16 port = startServer(server, serverTls({QStringLiteral("localhost")}));
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    client.setTls(tls);
    QSignalSpy failed(&client, &Session::errorOccurred);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("localhost"), port);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The certificate of localhost is self-signed")),
             qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
    QCOMPARE(connected.count(), 0);
    QCOMPARE(client.state(), TcpClientSession::State::Unconnected);
}

void TestTls::wrongHostIsOneSentence()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    const TlsOptions serverOptions = serverTls({QStringLiteral("example.invalid")});
    const quint16 port = startServer(server, serverOptions);
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.caFile = serverOptions.certificateFile; // trusted as an authority: only the name is wrong
    client.setTls(tls);
    QSignalSpy failed(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("is for example.invalid, a different host")),
             qPrintable(message));
}

void TestTls::expiredIsOneSentence()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    // Valid for one day, two days ago.
    const TlsOptions serverOptions = serverTls({QStringLiteral("127.0.0.1")}, 1, -2 * 86400);
    const quint16 port = startServer(server, serverOptions);
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.caFile = serverOptions.certificateFile;
    client.setTls(tls);
    QSignalSpy failed(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The certificate of 127.0.0.1 expired on ")),
             qPrintable(message));
}

void TestTls::insecureIsNarratedNotSilent()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    const quint16 port = startServer(server, serverTls({QStringLiteral("localhost")}));
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.insecure = true;
    client.setTls(tls);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(connected.wait(10000));
    QVERIFY(hasInfo(log, QStringLiteral("Continuing without verification")));
    QVERIFY(hasInfo(log, QStringLiteral("is self-signed")));
}

void TestTls::handshakeHasADeadline()
{
    // Accepts TCP and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    TrafficLog log;
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.handshakeTimeoutMs = 300;
    client.setTls(tls);
    QSignalSpy failed(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), silent.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(
                     QStringLiteral("TLS handshake with 127.0.0.1:%1 did not finish within 300 ms")
                             .arg(silent.serverPort())),
             qPrintable(failed.first().first().toString()));

    // And the server side: a client that never starts a handshake is dropped and narrated.
    TcpServerSession server(1, &log);
    TlsOptions serverOptions = serverTls({QStringLiteral("localhost")});
    serverOptions.handshakeTimeoutMs = 300;
    const quint16 port = startServer(server, serverOptions);
    QTcpSocket mute;
    QSignalSpy gone(&mute, &QTcpSocket::disconnected);
    mute.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(gone.wait(10000));
    QTRY_VERIFY2(hasInfo(log, QStringLiteral("did not finish within 300 ms; connection closed")),
                 qPrintable(infoText(log)));
    QCOMPARE(server.acceptedCount(), 0);
}

void TestTls::serverLoadsAnOpensslCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    TlsOptions serverOptions;
    serverOptions.enabled = true;
    serverOptions.certificateFile = m_dir.filePath(QStringLiteral("rsa.crt"));
    serverOptions.keyFile = m_dir.filePath(QStringLiteral("rsa.key"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), serverOptions.keyFile, QStringLiteral("-out"),
                   serverOptions.certificateFile});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    TrafficLog log;
    TcpServerSession server(1, &log);
    const quint16 port = startServer(server, serverOptions);
    QVERIFY(port != 0);
    TcpClientSession client(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.caFile = serverOptions.certificateFile;
    tls.minimumProtocol = QSsl::TlsV1_3OrLater;
    client.setTls(tls);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(connected.wait(10000));
    QVERIFY(hasInfo(log, QStringLiteral("subject CN=localhost")));
}

void TestTls::sentCountsPlaintextTheKernelTook()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpClientSession client(2, &log);
    connectTrusted(server, {}, client);
    if (QTest::currentTestFailed())
        return;
    qint64 sent = 0;
    connect(&client, &TcpClientSession::bytesSent, this,
            [&sent](qint64 bytes, qint64) { sent += bytes; });
    const QByteArray block(256 * 1024, 'x');
    for (int i = 0; i < 4; ++i)
        client.send(block);
    // Counted in plaintext bytes, each exactly once, and only what arrived decrypted.
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(log, 1).size(), 4 * block.size(), 20000);
    QTRY_COMPARE(sent, 4 * block.size());
    QCOMPARE(client.bytesToSend(), qint64(0));
    QCOMPARE(log.sessionCounters(2).bytesOut, quint64(4 * block.size()));
}

void TestTls::requiredClientCertificate()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    const TlsOptions clientIdentity = serverTls({QStringLiteral("client.test")});
    TlsOptions serverOptions = serverTls({QStringLiteral("127.0.0.1")});
    serverOptions.requireClientCertificate = true;
    serverOptions.caFile = clientIdentity.certificateFile;
    const quint16 port = startServer(server, serverOptions);
    QVERIFY(port != 0);

    TcpClientSession anonymous(2, &log);
    TlsOptions tls;
    tls.enabled = true;
    tls.caFile = serverOptions.certificateFile;
    anonymous.setTls(tls);
    anonymous.connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_VERIFY_WITH_TIMEOUT(hasInfo(log, QStringLiteral("sent no certificate")), 10000);
    QCOMPARE(server.acceptedCount(), 0);

    TcpClientSession identified(3, &log);
    tls.certificateFile = clientIdentity.certificateFile;
    tls.keyFile = clientIdentity.keyFile;
    identified.setTls(tls);
    QSignalSpy connected(&identified, &TcpClientSession::connected);
    identified.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE(server.acceptedCount(), 1);
    QVERIFY(hasInfo(log, QStringLiteral("client certificate: subject O=SockLab, CN=client.test")));
}

QTEST_GUILESS_MAIN(TestTls)
// A framed TLS stream's rows name the call its chunks came from, SSL_read(), on both sides:
// the framer builds that text, and recv() would claim the ciphertext was read.
void TestTls::framedRowsNameSslRead()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.framing = *FrameSpec::parse(QStringLiteral("delimiter:\\n"), nullptr);
    options.echo = true;
    TcpClientSession client(2, &log);
    client.setFraming(options.framing);
    connectTrusted(server, options, client);
    if (QTest::currentTestFailed())
        return;
    client.send("one\ntwo\nthr");
    client.send("ee\n");
    QTRY_COMPARE(receivedBytes(log, 2), QByteArray("one\ntwo\nthree\n"));
    QCOMPARE(receivedBytes(log, 1), QByteArray("one\ntwo\nthree\n"));
    int framed = 0;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        QVERIFY2(event.message.startsWith(QStringLiteral("SSL_read() x")),
                 qPrintable(event.message));
        ++framed;
    }
    QCOMPARE(framed, 6); // three messages each way
}

void TestTls::serverReadsWholeDecryptedBlocks()
{
    // Qt decrypts in 4 KiB pieces and signals each one; the server reads once they are all
    // decrypted, so a 256 KiB send arrives in rows larger than a piece, every byte in order,
    // each row at most 64 KiB (the client's were as large as all Qt had decrypted).
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpClientSession client(2, &log);
    connectTrusted(server, TcpServerOptions{}, client);
    if (QTest::currentTestFailed())
        return;
    QByteArray block(256 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char((i * 7 + i / 251) & 0xff);
    client.send(block);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(log, 1).size(), block.size(), 10000);
    QCOMPARE(receivedBytes(log, 1), block);
    qsizetype largest = 0;
    int rows = 0;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        if (event.sessionId != 1)
            continue;
        ++rows;
        largest = std::max(largest, event.payload.size());
        QCOMPARE(event.message, QStringLiteral("SSL_read()"));
    }
    // ... and no larger than the 64 KiB block a plain connection's reads take.
    QVERIFY2(largest > 4096 && largest <= 64 * 1024,
             qPrintable(QStringLiteral("%1 rows, the largest %2 bytes")
                                                .arg(rows)
                                                .arg(largest)));

    // The same on the client's side: the server sends the block back.
    server.sendToAll(block);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(log, 2).size(), block.size(), 10000);
    QCOMPARE(receivedBytes(log, 2), block);
    largest = 0;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        if (event.sessionId == 2)
            largest = std::max(largest, event.payload.size());
    }
    QVERIFY2(largest > 4096 && largest <= 64 * 1024,
             qPrintable(QStringLiteral("the client's largest row: %1 bytes")
                                                .arg(largest)));
}

#include "tst_tls.moc"
