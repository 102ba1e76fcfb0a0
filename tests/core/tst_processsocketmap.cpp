// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/processsocketmap.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;

// The inode -> process walk over a fake /proc tree: descriptor links name sockets, pipes and
// files; processes without a readable fd folder are skipped, not errors.
class tst_ProcessSocketMap : public QObject
{
    Q_OBJECT

private slots:
    void walksFakeProc();
    void ownProcessOnly();
    void missingProcIsEmpty();

private:
    static void addProcess(const QString &root, const QString &pid, const QByteArray &comm,
                           const QList<std::pair<QString, QString>> &links);
};

void tst_ProcessSocketMap::addProcess(const QString &root, const QString &pid,
                                      const QByteArray &comm,
                                      const QList<std::pair<QString, QString>> &links)
{
    QDir(root).mkpath(pid + u"/fd"_s);
    if (!comm.isNull()) {
        QFile file(root + u'/' + pid + u"/comm"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(comm);
    }
    for (const auto &[fd, target] : links) {
        std::filesystem::create_symlink(target.toStdString(),
                                        QString(root + u'/' + pid + u"/fd/"_s + fd).toStdString());
    }
}

void tst_ProcessSocketMap::walksFakeProc()
{
    QTemporaryDir proc;
    QVERIFY(proc.isValid());
    const QString root = proc.path();
    addProcess(root, u"123"_s, "python3\n",
               {{u"0"_s, u"/dev/null"_s},
                {u"3"_s, u"socket:[42]"_s},
                {u"4"_s, u"pipe:[43]"_s},
                {u"5"_s, u"socket:[44]"_s}});
    addProcess(root, u"4567"_s, "socklab\n", {{u"7"_s, u"socket:[99]"_s}});
    // A process with nothing but files costs no comm read and adds nothing.
    addProcess(root, u"8"_s, "bash\n", {{u"0"_s, u"/dev/pts/0"_s}});
    QDir(root).mkpath(u"77"_s); // gone before its fd folder could be read
    QDir(root).mkpath(u"self/fd"_s); // not a pid
    QDir(root).mkpath(u"12ab/fd"_s);

    const ProcessSocketMap map = ProcessSocketMap::scanAll(QFile::encodeName(root));
    QCOMPARE(map.size(), 3);
    QVERIFY(map.holder(42));
    QCOMPARE(map.holder(42)->pid, 123);
    QCOMPARE(map.holder(42)->process, u"python3"_s);
    QCOMPARE(map.holder(44)->pid, 123);
    QCOMPARE(map.holder(99)->pid, 4567);
    QCOMPARE(map.holder(99)->process, u"socklab"_s);
    QVERIFY(!map.holder(43)); // a pipe is not a socket
    QVERIFY(!map.holder(0));
}

void tst_ProcessSocketMap::ownProcessOnly()
{
    QTemporaryDir proc;
    QVERIFY(proc.isValid());
    addProcess(proc.path(), u"123"_s, "python3\n", {{u"3"_s, u"socket:[42]"_s}});
    addProcess(proc.path(), u"4567"_s, "socklab\n", {{u"7"_s, u"socket:[99]"_s}});
    const ProcessSocketMap map
        = ProcessSocketMap::scanProcess(4567, QFile::encodeName(proc.path()));
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.holder(99)->pid, 4567);
    QVERIFY(!map.holder(42));
}

void tst_ProcessSocketMap::missingProcIsEmpty()
{
    QCOMPARE(ProcessSocketMap::scanAll("/nonexistent/proc").size(), 0);
    QCOMPARE(ProcessSocketMap::scanProcess(1, "/nonexistent/proc").size(), 0);
}

QTEST_GUILESS_MAIN(tst_ProcessSocketMap)
#include "tst_processsocketmap.moc"
