// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/pythonprogramdialog.h"

#include "settings/filekind.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
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
    QString problem;
    const FileKind kind = fileKindOf(path);
    if (kind == FileKind::Link)
        problem = tr("Not saved: %1 is a symbolic link.").arg(path);
    else if (kind == FileKind::Other)
        problem = tr("Not saved: %1 is not a regular file.").arg(path);
    if (problem.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            problem = tr("Cannot write %1: %2.").arg(path, file.errorString());
        else if (file.write(program().toUtf8()) < 0 || !file.commit())
            problem = tr("Cannot write %1: %2.").arg(path, file.errorString());
    }
    m_status->setText(problem.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                        : problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void PythonProgramDialog::chooseFileAndSave()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the Python program"), m_suggestedName,
                                       tr("Python programs (*.py);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}
