// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file, as far as completeness goes.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QString translation;
    QStringList forms;
};

bool readTs(const QString &path, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": " + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages->append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.translation = xml.readElementText();
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        } else if (name != u"TS" && name != u"context") {
            xml.skipCurrentElement(); // comments, locations
        }
    }
    if (xml.hasError()) {
        *error = path + u": " + xml.errorString() + u" at line "
            + QString::number(xml.lineNumber());
        return false;
    }
    return true;
}

bool isLive(const TsMessage &message)
{
    return message.type != u"vanished" && message.type != u"obsolete";
}

QString describe(const TsMessage &message)
{
    return u"  " + message.context + u": \"" + message.source + u'"';
}

} // namespace

// The catalogues are embedded in socklab_gui and load per locale.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void japaneseCatalogueLoads();
    void englishHasPluralForms();
    void japaneseIsComplete();
    void englishPluralsAreComplete();

private:
    static QString translate(const char *context, const char *text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }
};

void tst_Translations::cleanup()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_Translations::japaneseCatalogueLoads()
{
    QVERIFY(Translations::install(qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    QCOMPARE(translate("MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    QCOMPARE(translate("PayloadEditor", "%n byte(s)", 12), QStringLiteral("12 バイト"));
    // Core sentences shown in the window are covered too.
    QCOMPARE(translate("TcpServerSession", "closed by the peer"), QStringLiteral("相手が切断"));
    QCOMPARE(translate("TcpServerSession",
                       "peer half-closed (FIN); %n byte(s) still to send before we close", 3),
             QStringLiteral("相手がハーフクローズ (FIN): 閉じる前にあと 3 バイト送信します"));
}

void tst_Translations::englishHasPluralForms()
{
    QVERIFY(!Translations::install(qApp, QLocale::c()));
    QCOMPARE(translate("PayloadEditor", "%n byte(s)", 1), QStringLiteral("1 byte"));
    QCOMPARE(translate("PayloadEditor", "%n byte(s)", 12), QStringLiteral("12 bytes"));
    QCOMPARE(translate("MainWindow", "&File"), QStringLiteral("&File"));
}

// Every string a user can see has a Japanese translation: a new tr() left unfinished by
// lupdate would show up in English in the middle of Japanese text.
void tst_Translations::japaneseIsComplete()
{
    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTs(QStringLiteral(SOCKLAB_JA_TS), &messages, &error), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList missing;
    for (const TsMessage &message : std::as_const(messages)) {
        if (!isLive(message))
            continue;
        bool empty = message.numerus ? message.forms.isEmpty() : message.translation.isEmpty();
        for (const QString &form : message.forms)
            empty = empty || form.isEmpty();
        if (message.type == u"unfinished" || empty)
            missing.append(describe(message));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated message(s) in socklab_ja.ts:\n%2")
                                .arg(missing.size())
                                .arg(missing.join(u'\n'))));
}

// English needs translations only for plurals: "1 byte", "2 bytes".
void tst_Translations::englishPluralsAreComplete()
{
    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTs(QStringLiteral(SOCKLAB_EN_TS), &messages, &error), qPrintable(error));
    QStringList missing;
    int plurals = 0;
    for (const TsMessage &message : std::as_const(messages)) {
        if (!isLive(message) || !message.numerus)
            continue;
        ++plurals;
        if (message.type == u"unfinished" || message.forms.size() != 2
            || message.forms.contains(QString()))
            missing.append(describe(message));
    }
    QVERIFY(plurals > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 plural message(s) in socklab_en.ts without both forms:\n%2")
                                .arg(missing.size())
                                .arg(missing.join(u'\n'))));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
