// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadEditor's files: loading a message from disk and saving the payload as written.
#include "panes/payloadeditor.h"

#include "ui_payloadeditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>

namespace {

// A file larger than this is refused by Load: it is read into memory whole.
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

} // namespace

bool PayloadEditor::loadFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
    if (!info.isFile()) {
        if (error)
            *error = tr("%1 is not a regular file; nothing was loaded.").arg(path);
        return false;
    }
    if (info.size() > MaxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 bytes; nothing was loaded.")
                         .arg(path, QLocale().toString(MaxFileBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray contents = file.read(MaxFileBytes + 1);
    if (contents.size() > MaxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 bytes; nothing was loaded.")
                         .arg(path, QLocale().toString(MaxFileBytes));
        return false;
    }
    setBytes(contents);
    return true;
}

bool PayloadEditor::saveFile(const QString &path, QString *error) const
{
    // The payload as written: line ending, checksum and macro expansion belong to the sending.
    const PayloadCodec::Result payload = payloadBytes();
    if (!payload.isOk()) {
        if (error)
            *error = payload.error;
        return false;
    }
    const QByteArray contents = payload.bytes;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PayloadEditor::chooseFileToLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load message from file"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadFile(path, &error))
        showError(error);
}

void PayloadEditor::chooseFileToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save message to file"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveFile(path, &error))
        showError(error);
}

void PayloadEditor::showContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_ui->textEdit->createStandardContextMenu(position));
    menu->addSeparator();
    menu->addAction(tr("Load from file…"), this, &PayloadEditor::chooseFileToLoad);
    menu->addAction(tr("Save to file…"), this, &PayloadEditor::chooseFileToSave);
    menu->exec(m_ui->textEdit->viewport()->mapToGlobal(position));
}
