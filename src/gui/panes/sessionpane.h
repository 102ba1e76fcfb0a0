// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "messages/message.h"
#include "messages/sequenceitem.h"
#include "net/repeatplan.h"

#include <QHash>
#include <QWidget>

class Engine;
class FileSendRow;
class PayloadEditor;
class PythonProgramDialog;
class QBoxLayout;
class QLabel;
class QLineEdit;
class RepeatRow;
class Session;

// What the tab widgets need from a server or client pane: a title that tracks the session's
// state, whether it is running, and the label under which its session appears in the log.
class SessionPane : public QWidget
{
    Q_OBJECT

public:
    // number: the pane's ordinal on its side (1, 2, ...), used in session labels.
    SessionPane(Engine *engine, int number, QWidget *parent = nullptr);

    Engine *engine() const { return m_engine; }
    int number() const { return m_number; }

    virtual bool isRunning() const = 0;
    // Short tab title: "TCP 127.0.0.1:60001 ●".
    virtual QString title() const = 0;
    // The status line's text: the state, or the last error sentence.
    QString statusText() const;
    bool isStatusError() const { return m_statusIsError; }

    // The pane's message editor (the Messages panel saves it as a message).
    virtual PayloadEditor *payloadEditor() const = 0;
    // Whether sendMessages() has somewhere to send right now (a connection, a selected peer, a
    // typed UDP destination).
    virtual bool canSendMessages() const = 0;
    // Sends to where the pane sends its own editor: one item without a delay at once, else
    // the items as a sequence on the session's thread, each after its own delayBeforeMs (the
    // first one's counted from now); false and a sentence (also shown in the status line)
    // when there is nowhere to send, the items are out of bounds or a message cannot be
    // composed.
    virtual bool sendMessages(const QList<SequenceItem> &items, QString *error) = 0;

    RepeatRow *repeatRow() const { return m_repeatRow; }
    // Opens a dialog with the python3 program for the pane's current settings (As Python…).
    PythonProgramDialog *showAsPython();
    FileSendRow *fileSendRow() const { return m_fileRow; }

    // The kernel's TCP state of this pane's connection shown after the status line ("TCP:
    // ESTABLISHED"), from the Learn dock while it follows this session; empty removes it.
    void setTcpStateNote(const QString &note);
    QString tcpStateNote() const { return m_tcpStateNote; }

signals:
    // The title or the status line changed.
    void titleChanged();
    // A session was created for this pane; label names it in the traffic log.
    void sessionCreated(int sessionId, const QString &label);

protected:
    void setStatusLabel(QLabel *label) { m_statusLabel = label; }
    void showStatus(const QString &text);
    void showError(const QString &text);
    void applyStatusText();
    static QString runningMark(bool running);
    // Adds the Repeat row under the editor (in rows) and Send file… to the left of the send
    // buttons (in buttons), wired to the verbs below.
    void installSendTools(QBoxLayout *rows, int rowIndex, QBoxLayout *buttons);
    virtual void startRepeat(const RepeatPlan &plan) = 0;
    virtual void stopRepeat() = 0;
    virtual void sendFile(const QString &path) = 0;
    virtual void stopFile() = 0;
    // The index of the next single send of this message (its {{counter}}): each click sends
    // the next value, as a repeat would.
    quint64 nextSendIndex(const QString &messageId) { return m_sendIndexes[messageId]++; }
    // After a protocol switch, moves the port to the new protocol's tutorial default unless
    // the user typed a port of their own.
    static void followDefaultPort(QLineEdit *portEdit, TrafficEvent::Protocol from,
                                  TrafficEvent::Protocol to);
    // Hands each session the pane holds back to the engine (which closes it on its own
    // thread) and forgets it: what both panes do when they stop or switch protocol. Takes
    // plain pointers and QPointers alike.
    template<typename... SessionPointers>
    void removeSessions(SessionPointers &...sessions)
    {
        ((removeSession(sessions), sessions = nullptr), ...);
    }
    // Null is fine: nothing to remove.
    void removeSession(Session *session);

private:
    Engine *const m_engine;
    const int m_number;
    QLabel *m_statusLabel = nullptr;
    bool m_statusIsError = false;
    QString m_statusText; // as the pane last set it, without the state note
    QString m_tcpStateNote;
    RepeatRow *m_repeatRow = nullptr;
    FileSendRow *m_fileRow = nullptr;
    QHash<QString, quint64> m_sendIndexes;
};
