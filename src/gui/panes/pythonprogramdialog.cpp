// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/pythonprogramdialog.h"

#include "messages/messagestore.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PythonProgramDialog::PythonProgramDialog(const QString &program, const QString &suggestedName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_suggestedName(suggestedName)
{
    setObjectName(QStringLiteral("pythonProgramDialog"));
    setWindowTitle(tr("Show as Python"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The python3 socket program that does what this pane does. "
                                "Run it with python3 beside SockLab and compare."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("pythonProgramText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(program);
    layout->addWidget(m_text, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pythonProgramStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("pythonCopyButton"));
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("pythonSaveButton"));
    connect(copy, &QPushButton::clicked, this, &PythonProgramDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &PythonProgramDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString PythonProgramDialog::program() const
{
    return m_text->toPlainText();
}

void PythonProgramDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(program());
    m_status->setText(tr("Copied to the clipboard."));
}

bool PythonProgramDialog::saveTo(const QString &path, QString *error)
{
    // The writer the message library and the rules share: atomic, never through a link.
    QString problem;
    const bool saved = MessageStore::writeFile(path, program().toUtf8(), &problem);
    m_status->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : problem);
    if (error)
        *error = problem;
    return saved;
}

void PythonProgramDialog::chooseFileAndSave()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the Python program"), m_suggestedName,
                                       tr("Python programs (*.py);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}
