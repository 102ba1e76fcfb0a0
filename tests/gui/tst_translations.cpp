#include "translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// The catalogues are embedded in socklab_gui and load per locale.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void japaneseCatalogueLoads();
    void englishHasPluralForms();

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
}

void tst_Translations::englishHasPluralForms()
{
    QVERIFY(!Translations::install(qApp, QLocale::c()));
    QCOMPARE(translate("PayloadEditor", "%n byte(s)", 1), QStringLiteral("1 byte"));
    QCOMPARE(translate("PayloadEditor", "%n byte(s)", 12), QStringLiteral("12 bytes"));
    QCOMPARE(translate("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
