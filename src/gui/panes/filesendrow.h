// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// A pane's "Send file…" button with the progress of a streamed file and its Cancel. The pane
// decides what sending a file means for its protocol (TCP streams it from disk; UDP sends one
// datagram) and reports back here.
class FileSendRow : public QWidget
{
    Q_OBJECT

public:
    explicit FileSendRow(QWidget *parent = nullptr);

    // Whether a file may be chosen now (the pane has somewhere to send).
    void setChooseEnabled(bool enabled);
    void showProgress(qint64 sentBytes, qint64 totalBytes, bool finished, const QString &error);
    void showMessage(const QString &text);
    QString messageText() const;
    bool isStreaming() const { return m_streaming; }

    // Tests choose the file without the dialog.
    void setDialogOverride(const QString &path) { m_override = path; }

signals:
    void fileChosen(const QString &path);
    void cancelRequested();

private:
    void choose();

    QPushButton *m_choose = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QString m_override;
    bool m_streaming = false;
    bool m_chooseEnabled = true;
};
