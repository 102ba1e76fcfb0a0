// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/filesendrow.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

FileSendRow::FileSendRow(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choose = new QPushButton(tr("Send &file…"), this);
    m_choose->setObjectName(QStringLiteral("sendFileButton"));
    m_choose->setToolTip(tr("Send a file's bytes: TCP streams any size from disk; UDP sends it "
                            "as one datagram (at most 65,507 bytes over IPv4)."));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("fileProgressBar"));
    m_bar->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFileButton"));
    m_cancel->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fileMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_choose);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_message, 1);
    connect(m_choose, &QPushButton::clicked, this, &FileSendRow::choose);
    connect(m_cancel, &QPushButton::clicked, this, &FileSendRow::cancelRequested);
}

void FileSendRow::setChooseEnabled(bool enabled)
{
    m_chooseEnabled = enabled;
    m_choose->setEnabled(enabled && !m_streaming);
}

void FileSendRow::choose()
{
    const QString path
        = !m_override.isEmpty() ? m_override : QFileDialog::getOpenFileName(this, tr("Send file"));
    if (!path.isEmpty())
        emit fileChosen(path);
}

void FileSendRow::showProgress(qint64 sentBytes, qint64 totalBytes, bool finished,
                               const QString &error)
{
    m_streaming = !finished;
    m_bar->setVisible(!finished);
    m_cancel->setVisible(!finished);
    m_choose->setEnabled(m_chooseEnabled && !m_streaming);
    const QLocale locale;
    if (!finished) {
        // Busy indicator when the size is unknown (a FIFO); percent of a large file otherwise.
        m_bar->setRange(0, totalBytes > 0 ? 1000 : 0);
        if (totalBytes > 0)
            m_bar->setValue(int(sentBytes * 1000 / totalBytes));
        m_message->setText(tr("%1 sent").arg(locale.formattedDataSize(sentBytes)));
    } else if (!error.isEmpty()) {
        m_message->setText(tr("File not sent in full: %1").arg(error));
    } else {
        m_message->setText(
            tr("File sent: %n byte(s).", nullptr, int(qMin<qint64>(sentBytes, INT_MAX))));
    }
}

void FileSendRow::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString FileSendRow::messageText() const
{
    return m_message->text();
}
