// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/message.h"
#include "messages/messagejson.h"
#include "messages/messagelibrary.h"
#include "messages/messagestore.h"
#include "messages/startermessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The saved message library: the JSON format keeps every field and every byte, damaged files
// are kept aside and reported, links are never written through, and the bounds hold.
class TestMessageLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineEndingBytes();
    void roundTripsEveryField();
    void roundTripsBinaryPayloads_data();
    void roundTripsBinaryPayloads();
    void readsTextWhenThereIsNoHexAndPrefersHex();
    void ignoresUnknownFields();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void giveDuplicateIdsNewOnes();
    void missingFileGivesTheStarterSetUnwritten();
    void savesAtomicallyIntoANewFolder();
    void movesADamagedFileAside_data();
    void movesADamagedFileAside();
    void neverOverwritesAnEarlierCorruptCopy();
    void leavesADamagedFileWhenAskedTo();
    void refusesToWriteThroughASymlink();
    void refusesToWriteOverADirectory();
    void defaultPathIsTheWindowsDataFolder();
    void boundsMessagesAndPayloads();
    void refusesADocumentWithTooManyMessages();
    void addUpdateRemoveMoveDuplicate();
    void mergeSkipsWhatIsAlreadyThere();
    void findsByNameAndFolderPath();
    void searchesNameFolderNotesAndPayload();
    void starterSetIsAimedAtLoopback();

private:
    static Message everyField();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void writeBytes(const QString &path, const QByteArray &bytes);
    static QByteArray readBytes(const QString &path);

    QTemporaryDir m_dir;
};

void TestMessageLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the user's own library.
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
}

Message TestMessageLibrary::everyField()
{
    Message m;
    m.id = u"6f1d2c3b-0000-4000-8000-123456789abc"_s;
    m.name = u"Read coils «ü» 温度"_s;
    m.folder = u"PLC/line 2"_s;
    m.payload = QByteArray("\x01\x05\x00\x13\x00\x00\xff", 7);
    m.format = PayloadCodec::Format::Hex;
    m.lineEnding = Message::LineEnding::CrLf;
    m.target = Message::Target{TrafficEvent::Protocol::Udp, u"::1"_s, 502};
    m.notes = u"Line one\nline \"two\""_s;
    m.macros = true;
    m.checksum = Checksum::Algorithm::Crc16Modbus;
    m.checksumOrder = Checksum::ByteOrder::LittleEndian;
    m.repeatIntervalMs = 250;
    return m;
}

void TestMessageLibrary::writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray TestMessageLibrary::readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void TestMessageLibrary::lineEndingBytes()
{
    QCOMPARE(Message::lineEndingBytes(Message::LineEnding::None), QByteArray());
    QCOMPARE(Message::lineEndingBytes(Message::LineEnding::Lf), QByteArray("\n"));
    QCOMPARE(Message::lineEndingBytes(Message::LineEnding::CrLf), QByteArray("\r\n"));
    QCOMPARE(Message::lineEndingBytes(Message::LineEnding::Cr), QByteArray("\r"));
}

void TestMessageLibrary::roundTripsEveryField()
{
    Message plain;
    plain.id = u"plain"_s;
    plain.name = u"Plain"_s;
    plain.payload = "hello\n";
    const QList<Message> messages = {everyField(), plain};

    QString error;
    const std::optional<QList<Message>> read =
            MessageJson::read(MessageJson::write(messages), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, messages);

    // And through the file.
    MessageLibrary library;
    for (const Message &m : messages)
        QVERIFY(library.add(m));
    QVERIFY2(MessageStore::save(path(u"roundtrip.json"_s), library, &error), qPrintable(error));
    const MessageStore::LoadResult loaded = MessageStore::load(path(u"roundtrip.json"_s));
    QVERIFY2(loaded.problem.isEmpty(), qPrintable(loaded.problem));
    QVERIFY(!loaded.isStarter);
    QCOMPARE(loaded.library, library);

    // The document says what it is, and its names are the documented ones.
    const QJsonObject top = QJsonDocument::fromJson(MessageJson::write(messages)).object();
    QCOMPARE(top.value(u"format"_s).toString(), u"socklab-messages"_s);
    QCOMPARE(top.value(u"version"_s).toInt(), 1);
    const QJsonObject first = top.value(u"messages"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"checksum"_s).toString(), u"crc16-modbus"_s);
    QCOMPARE(first.value(u"checksumOrder"_s).toString(), u"little-endian"_s);
    QCOMPARE(first.value(u"lineEnding"_s).toString(), u"crlf"_s);
    QCOMPARE(first.value(u"hex"_s).toString(), u"0105001300 00ff"_s.remove(u' '));
    QVERIFY(!first.contains(u"text"_s)); // not printable: hex only
    const QJsonObject second = top.value(u"messages"_s).toArray().at(1).toObject();
    QCOMPARE(second.value(u"text"_s).toString(), u"hello\n"_s);
}

void TestMessageLibrary::roundTripsBinaryPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("NUL only") << QByteArray(1, '\0');
    QTest::newRow("NUL inside text") << QByteArray("ab\0cd", 5);
    QTest::newRow("invalid UTF-8") << QByteArray("\xc3\x28\xff\xfe", 4);
    QTest::newRow("truncated UTF-8") << QByteArray("caf\xc3", 4);
    QTest::newRow("overlong") << QByteArray("\xc0\xaf", 2);
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfhi", 5);
    QTest::newRow("U+FFFD literal") << QByteArray("\xef\xbf\xbd", 3);
    QTest::newRow("ESC sequence") << QByteArray("\x1b[31mred", 8);
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every byte") << all;
    QTest::newRow("UTF-8 text") << QByteArray("温度 ok\r\n");
}

void TestMessageLibrary::roundTripsBinaryPayloads()
{
    QFETCH(QByteArray, payload);
    Message m;
    m.name = u"bytes"_s;
    m.payload = payload;
    QString error;
    const std::optional<QList<Message>> read = MessageJson::read(MessageJson::write({m}), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->at(0).payload, payload);
}

void TestMessageLibrary::readsTextWhenThereIsNoHexAndPrefersHex()
{
    const QByteArray document = R"({"format":"socklab-messages","version":1,"messages":[
        {"name":"a","text":"Hi\r\n"},
        {"name":"b","text":"ignored","hex":"4f 4b"}]})";
    QString error;
    const std::optional<QList<Message>> read = MessageJson::read(document, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->at(0).payload, QByteArray("Hi\r\n"));
    QCOMPARE(read->at(1).payload, QByteArray("OK"));
    QVERIFY(!read->at(0).id.isEmpty()); // given one
}

void TestMessageLibrary::ignoresUnknownFields()
{
    const QByteArray document = R"({"format":"socklab-messages","version":1,"future":[1,2],
        "messages":[{"name":"a","hex":"00","colour":"red","target":{"host":"127.0.0.1",
        "port":7,"protocol":"udp","tls":true}}]})";
    QString error;
    const std::optional<QList<Message>> read = MessageJson::read(document, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->at(0).target->port, quint16(7));
    QCOMPARE(read->at(0).target->protocol, TrafficEvent::Protocol::Udp);
}

// A version 1 document around the given entries.
static QByteArray entries(const char *json)
{
    return R"({"format":"socklab-messages","version":1,"messages":[)" + QByteArray(json) + "]}";
}

void TestMessageLibrary::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("cause"); // a part of the sentence

    const QByteArray good = MessageJson::write({everyField()});
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\x13", 3) << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a SockLab message library"_s;
    QTest::newRow("wrong format")
            << QByteArray(R"({"format":"other","version":1,"messages":[]})")
            << u"not a SockLab message library"_s;
    QTest::newRow("newer version")
            << QByteArray(R"({"format":"socklab-messages","version":2,"messages":[]})")
            << u"newer SockLab (format version 2"_s;
    QTest::newRow("no version")
            << QByteArray(R"({"format":"socklab-messages","messages":[]})") << u"version"_s;
    QTest::newRow("no messages")
            << QByteArray(R"({"format":"socklab-messages","version":1})")
            << u"no \"messages\" list"_s;
    QTest::newRow("entry not an object")
            << entries(R"({"name":"a"},3)")
            << u"message 2 is not a JSON object"_s;
    QTest::newRow("name missing")
            << entries(R"({"hex":"00"})")
            << u"message 1: \"name\" must be a string"_s;
    QTest::newRow("bad hex")
            << entries(R"({"name":"a"},{"name":"b","hex":"4g"})")
            << u"message 2: \"hex\""_s;
    QTest::newRow("bad line ending")
            << entries(R"({"name":"a","lineEnding":"lfcr"})")
            << u"message 1: \"lineEnding\" is \"lfcr\""_s;
    QTest::newRow("unknown checksum")
            << entries(R"({"name":"a","checksum":"md5"})")
            << u"message 1: \"checksum\" is \"md5\""_s;
    QTest::newRow("port out of range")
            << entries(R"({"name":"a","target":{"protocol":"tcp","host":"h","port":70000}})")
            << u"message 1: \"port\" must be a whole number from 0 to 65535"_s;
    QTest::newRow("negative interval")
            << entries(R"({"name":"a","repeatIntervalMs":-5})")
            << u"\"repeatIntervalMs\""_s;
    QTest::newRow("macros not bool")
            << entries(R"({"name":"a","macros":"yes"})")
            << u"\"macros\" must be true or false"_s;
}

void TestMessageLibrary::refusesBadDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, cause);
    QString error;
    QVERIFY(!MessageJson::read(document, &error));
    QVERIFY2(error.contains(cause), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestMessageLibrary::giveDuplicateIdsNewOnes()
{
    Message m = everyField();
    QString error;
    const std::optional<QList<Message>> read = MessageJson::read(MessageJson::write({m, m}),
                                                                 &error);
    QVERIFY(read);
    QCOMPARE(read->at(0).id, m.id);
    QVERIFY(read->at(1).id != m.id);
}

void TestMessageLibrary::missingFileGivesTheStarterSetUnwritten()
{
    const QString file = path(u"nothing-here/messages.json"_s);
    const MessageStore::LoadResult result = MessageStore::load(file);
    QVERIFY(result.isStarter);
    QVERIFY(result.problem.isEmpty());
    QCOMPARE(result.library.size(), StarterMessages::all().size());
    QVERIFY(!QFileInfo::exists(file));
}

void TestMessageLibrary::savesAtomicallyIntoANewFolder()
{
    const QString file = path(u"deep/er/messages.json"_s);
    MessageLibrary library;
    QVERIFY(library.add(everyField()));
    QString error;
    QVERIFY2(MessageStore::save(file, library, &error), qPrintable(error));
    QCOMPARE(MessageStore::load(file).library, library);
    // Saved again over the old one: QSaveFile leaves no temporary file behind.
    QVERIFY(MessageStore::save(file, library, &error));
    QCOMPARE(QDir(path(u"deep/er"_s)).entryList(QDir::Files), QStringList{u"messages.json"_s});
}

void TestMessageLibrary::movesADamagedFileAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    const QByteArray good = MessageJson::write({everyField()});
    QTest::newRow("truncated") << good.left(good.size() - 40) << u"not valid JSON"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})")
                                  << u"not a SockLab message library"_s;
    QTest::newRow("newer version")
            << QByteArray(R"({"format":"socklab-messages","version":9,"messages":[]})")
            << u"newer SockLab"_s;
}

void TestMessageLibrary::movesADamagedFileAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"messages.json"_s);
    writeBytes(file, bytes);

    const MessageStore::LoadResult result = MessageStore::load(file);
    QVERIFY(result.isDamaged);
    QVERIFY(result.library.isEmpty());
    QVERIFY2(result.problem.contains(cause), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(file), qPrintable(result.problem));
    QVERIFY(!result.movedTo.isEmpty());
    QVERIFY2(result.problem.contains(QFileInfo(result.movedTo).fileName()),
             qPrintable(result.problem));
    QVERIFY(QFileInfo(result.movedTo).fileName().startsWith(u"messages.json.corrupt-"_s));
    // Never lost: the copy holds the original bytes, and the path is free for a new library.
    QCOMPARE(readBytes(result.movedTo), bytes);
    QVERIFY(!QFileInfo::exists(file));
}

void TestMessageLibrary::neverOverwritesAnEarlierCorruptCopy()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"messages.json"_s);
    writeBytes(file, "first damage");
    const QString firstAside = MessageStore::load(file).movedTo;
    writeBytes(file, "second damage");
    const QString secondAside = MessageStore::load(file).movedTo;
    QVERIFY(!firstAside.isEmpty());
    QVERIFY(!secondAside.isEmpty());
    QVERIFY(firstAside != secondAside);
    QCOMPARE(readBytes(firstAside), QByteArray("first damage"));
    QCOMPARE(readBytes(secondAside), QByteArray("second damage"));
}

void TestMessageLibrary::leavesADamagedFileWhenAskedTo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"messages.json"_s);
    writeBytes(file, "{\"format\":");
    const MessageStore::LoadResult result =
            MessageStore::load(file, MessageStore::Damaged::Leave);
    QVERIFY(result.isDamaged);
    QVERIFY(result.movedTo.isEmpty());
    QVERIFY(result.problem.contains(u"left as it is"_s));
    QCOMPARE(readBytes(file), QByteArray("{\"format\":"));

    // Too large: refused before parsing, and kept as well. A sparse file costs no disk.
    const QString huge = dir.filePath(u"huge.json"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(MessageLibrary::MaxDocumentBytes + 1));
    }
    const MessageStore::LoadResult tooLarge = MessageStore::load(huge);
    QVERIFY(tooLarge.isDamaged);
    QVERIFY2(tooLarge.problem.contains(u"larger than 64 MiB"_s), qPrintable(tooLarge.problem));
    QCOMPARE(QFileInfo(tooLarge.movedTo).size(), MessageLibrary::MaxDocumentBytes + 1);
}

void TestMessageLibrary::refusesToWriteThroughASymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"elsewhere.txt"_s);
    writeBytes(target, "precious");
    const QString link = dir.filePath(u"messages.json"_s);
    QVERIFY(QFile::link(target, link));

    MessageLibrary library;
    QVERIFY(library.add(everyField()));
    QString error;
    QVERIFY(!MessageStore::save(link, library, &error));
    QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readBytes(target), QByteArray("precious"));

    // A dangling link is refused too (QSaveFile would create its target).
    const QString dangling = dir.filePath(u"dangling.json"_s);
    QVERIFY(QFile::link(dir.filePath(u"nowhere/x"_s), dangling));
    QVERIFY(!MessageStore::save(dangling, library, &error));
    QVERIFY(error.contains(u"symbolic link"_s));

    // And a damaged library behind a link is reported but not moved.
    writeBytes(target, "not json");
    const MessageStore::LoadResult result = MessageStore::load(link);
    QVERIFY(result.isDamaged);
    QVERIFY(result.movedTo.isEmpty());
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestMessageLibrary::refusesToWriteOverADirectory()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"messages.json"_s));
    QString error;
    QVERIFY(!MessageStore::save(dir.filePath(u"messages.json"_s), MessageLibrary(), &error));
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
}

void TestMessageLibrary::defaultPathIsTheWindowsDataFolder()
{
    QCOMPARE(MessageStore::defaultPath(),
             m_dir.filePath(u"data/SockLab/SockLab/messages.json"_s));
}

void TestMessageLibrary::boundsMessagesAndPayloads()
{
    MessageLibrary library;
    Message small;
    small.name = u"m"_s;
    for (qsizetype i = 0; i < MessageLibrary::MaxMessages; ++i)
        QVERIFY(library.add(small));
    QString error;
    QVERIFY(!library.add(small, &error));
    QVERIFY2(error.contains(u"full"_s), qPrintable(error));
    QVERIFY(!library.duplicate(library.at(0).id, &error));
    QCOMPARE(library.size(), MessageLibrary::MaxMessages);

    MessageLibrary other;
    Message big;
    big.name = u"big"_s;
    big.payload = QByteArray(MessageLibrary::MaxPayloadBytes + 1, 'x');
    QVERIFY(!other.add(big, &error));
    QVERIFY2(error.contains(u"big"_s) && error.contains(u"at most"_s), qPrintable(error));
    big.payload.chop(1);
    QVERIFY(other.add(big, &error));
    big.id = other.at(0).id;
    big.payload.append('y');
    QVERIFY(!other.update(big, &error));
    QCOMPARE(other.at(0).payload.size(), MessageLibrary::MaxPayloadBytes);
}

void TestMessageLibrary::refusesADocumentWithTooManyMessages()
{
    QJsonArray array;
    for (qsizetype i = 0; i <= MessageLibrary::MaxMessages; ++i)
        array.append(QJsonObject{{u"name"_s, u"m"_s}});
    const QJsonObject top{{u"format"_s, u"socklab-messages"_s}, {u"version"_s, 1},
                          {u"messages"_s, array}};
    QString error;
    QVERIFY(!MessageJson::read(QJsonDocument(top).toJson(QJsonDocument::Compact), &error));
    QVERIFY2(error.contains(u"10001"_s), qPrintable(error));
}

void TestMessageLibrary::addUpdateRemoveMoveDuplicate()
{
    MessageLibrary library;
    Message a;
    a.name = u"a"_s;
    const std::optional<QString> idA = library.add(a);
    QVERIFY(idA && !idA->isEmpty());
    Message b = library.at(0);
    b.name = u"b"_s;
    const std::optional<QString> idB = library.add(b); // same id: given a new one
    QVERIFY(idB && *idB != *idA);

    Message changed = *library.message(*idA);
    changed.notes = u"changed"_s;
    QVERIFY(library.update(changed));
    QCOMPARE(library.message(*idA)->notes, u"changed"_s);
    Message stranger;
    stranger.id = u"no-such-id"_s;
    QString error;
    QVERIFY(!library.update(stranger, &error));
    QVERIFY(!error.isEmpty());

    const std::optional<QString> copy = library.duplicate(*idA);
    QVERIFY(copy);
    QCOMPARE(library.indexOf(*copy), 1); // right after the original
    QCOMPARE(library.message(*copy)->name, u"a (copy)"_s);
    QCOMPARE(library.message(*copy)->notes, u"changed"_s);

    QVERIFY(library.move(*idB, 0));
    QCOMPARE(library.at(0).name, u"b"_s);
    QVERIFY(library.remove(*idA));
    QVERIFY(!library.remove(*idA));
    QCOMPARE(library.size(), 2);
}

void TestMessageLibrary::mergeSkipsWhatIsAlreadyThere()
{
    // The starter set's ids are fixed: an export of one library imported into another that
    // also starts from the starter set adds only what is new.
    QCOMPARE(StarterMessages::all().at(0).id, StarterMessages::all().at(0).id);
    MessageLibrary library;
    QCOMPARE(library.merge(StarterMessages::all()), StarterMessages::all().size());

    QList<Message> incoming = StarterMessages::all();
    incoming[1].notes = u"edited elsewhere"_s; // same id, other content: kept as a new one
    incoming << everyField();
    qsizetype alreadyPresent = -1;
    QString error;
    QCOMPARE(library.merge(incoming, &error, &alreadyPresent), 2);
    QCOMPARE(alreadyPresent, StarterMessages::all().size() - 1);
    QCOMPARE(library.size(), StarterMessages::all().size() + 2);
    QVERIFY(library.message(everyField().id));
    QCOMPARE(library.findAll(incoming[1].name).size(), 2);
}

void TestMessageLibrary::findsByNameAndFolderPath()
{
    MessageLibrary library;
    Message m;
    m.name = u"ping"_s;
    m.folder = u"lab/a"_s;
    library.add(m);
    m.folder = u"lab/b"_s;
    library.add(m);
    m.name = u"only"_s;
    m.folder.clear();
    library.add(m);

    QString error;
    QCOMPARE(library.find(u"only"_s, &error)->name, u"only"_s);
    QVERIFY(!library.find(u"ping"_s, &error));
    QVERIFY2(error.contains(u"2 messages"_s) && error.contains(u"lab/"_s), qPrintable(error));
    QCOMPARE(library.find(u"lab/b/ping"_s, &error)->folder, u"lab/b"_s);
    QVERIFY(!library.find(u"Ping"_s, &error)); // exact
    QVERIFY(error.contains(u"no message named"_s));
}

void TestMessageLibrary::searchesNameFolderNotesAndPayload()
{
    MessageLibrary library;
    Message m;
    m.name = u"Alpha"_s;
    library.add(m);
    m.name = u"beta"_s;
    m.folder = u"Sensors"_s;
    library.add(m);
    m.name = u"gamma"_s;
    m.folder.clear();
    m.notes = u"Needs the VPN"_s;
    library.add(m);
    m.name = u"delta"_s;
    m.notes.clear();
    m.payload = QByteArray("GET /Status\r\n\x00\xff", 15);
    library.add(m);

    QCOMPARE(library.search(QString()).size(), 4);
    QCOMPARE(library.search(u"ALPHA"_s), QList<qsizetype>{0});
    QCOMPARE(library.search(u"sensor"_s), QList<qsizetype>{1});
    QCOMPARE(library.search(u"vpn"_s), QList<qsizetype>{2});
    QCOMPARE(library.search(u"status"_s), QList<qsizetype>{3});
    QCOMPARE(library.search(u"0d 0a"_s), QList<qsizetype>{3});
    QCOMPARE(library.search(u"00ff"_s), QList<qsizetype>{3});
    QCOMPARE(library.search(u"d0"_s), QList<qsizetype>{}); // not at a byte boundary
    QCOMPARE(library.search(u"nothing"_s), QList<qsizetype>{});
}

void TestMessageLibrary::starterSetIsAimedAtLoopback()
{
    const QList<Message> starter = StarterMessages::all();
    QCOMPARE(starter.size(), 7);
    QSet<QString> ids;
    for (const Message &m : starter) {
        QVERIFY(m.target);
        QCOMPARE(m.target->host, u"127.0.0.1"_s);
        QVERIFY(!m.name.isEmpty());
        QVERIFY(!m.notes.isEmpty());
        ids.insert(m.id);
    }
    QCOMPARE(ids.size(), starter.size());

    const auto payloadOf = [&starter](const QString &name) {
        for (const Message &m : starter) {
            if (m.name == name)
                return m;
        }
        return Message();
    };
    QCOMPARE(payloadOf(u"Hello World! (TCP)"_s).payload, QByteArray("Hello World!"));
    QCOMPARE(payloadOf(u"Hello World! (TCP)"_s).target->port, quint16(60001));
    QCOMPARE(payloadOf(u"Hello Server! (UDP)"_s).payload, QByteArray("Hello Server!"));
    QCOMPARE(payloadOf(u"Hello Server! (UDP)"_s).target->port, quint16(60002));
    QCOMPARE(payloadOf(u"Hello Server! (UDP)"_s).target->protocol, TrafficEvent::Protocol::Udp);

    const Message http = payloadOf(u"HTTP/1.1 GET"_s);
    QCOMPARE(http.payload,
             QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    QCOMPARE(http.target->protocol, TrafficEvent::Protocol::Tcp);

    const Message dns = payloadOf(u"DNS query: example.com A"_s);
    QCOMPARE(dns.target->port, quint16(53));
    QCOMPARE(dns.target->protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(dns.payload.size(), 12 + 13 + 4);
    QCOMPARE(dns.payload.mid(4, 2), QByteArray("\x00\x01", 2));    // one question
    QCOMPARE(dns.payload.mid(12, 13), QByteArray("\x07" "example" "\x03" "com\x00", 13));
    QCOMPARE(dns.payload.right(4), QByteArray("\x00\x01\x00\x01", 4)); // A, IN

    const Message ntp = payloadOf(u"NTP client request"_s);
    QCOMPARE(ntp.payload.size(), 48);
    QCOMPARE(ntp.payload.at(0), '\x1b');
    QCOMPARE(ntp.payload.mid(1), QByteArray(47, '\0'));
    QCOMPARE(ntp.target->port, quint16(123));
    QCOMPARE(ntp.format, PayloadCodec::Format::Hex);
}

QTEST_GUILESS_MAIN(TestMessageLibrary)
#include "tst_messagelibrary.moc"
