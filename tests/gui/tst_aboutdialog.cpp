// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "window/aboutdialog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

// Help > About names the version, the license, the copyright and the project address.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void textNamesVersionLicenseCopyrightAndUrl()
    {
        const QString text = AboutDialog::text();
        QCOMPARE(AboutDialog::version(), QStringLiteral(SOCKLAB_EXPECTED_VERSION));
        QVERIFY2(text.contains(QStringLiteral("SockLab " SOCKLAB_EXPECTED_VERSION)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Copyright")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("https://github.com/socklab/socklab")),
                 qPrintable(text));
    }

    void helpMenuOpensTheDialog()
    {
        Engine engine;
        MainWindow window(&engine);
        window.show();
        QAction *about = nullptr;
        const QList<QAction *> actions = window.menuBar()->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == QStringLiteral("&About SockLab"))
                about = action;
        }
        QVERIFY(about);

        QString shownText;
        bool opensLinks = false;
        // exec() blocks: the dialog is read and closed from inside its own event loop.
        QTimer::singleShot(0, &window, [&shownText, &opensLinks] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("aboutText"))) {
                shownText = label->text();
                opensLinks = label->openExternalLinks();
            }
            dialog->reject();
        });
        about->trigger();
        QCOMPARE(shownText, AboutDialog::text());
        QVERIFY(opensLinks);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
