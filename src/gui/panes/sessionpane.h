#pragma once

#include "log/trafficevent.h"

#include <QWidget>

class Engine;
class QLabel;
class QLineEdit;

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

signals:
    // The title or the status line changed.
    void titleChanged();
    // A session was created for this pane; label names it in the traffic log.
    void sessionCreated(int sessionId, const QString &label);

protected:
    void setStatusLabel(QLabel *label) { m_statusLabel = label; }
    void showStatus(const QString &text);
    void showError(const QString &text);
    static QString runningMark(bool running);
    // After a protocol switch, moves the port to the new protocol's tutorial default unless
    // the user typed a port of their own.
    static void followDefaultPort(QLineEdit *portEdit, TrafficEvent::Protocol from,
                                  TrafficEvent::Protocol to);

private:
    Engine *const m_engine;
    const int m_number;
    QLabel *m_statusLabel = nullptr;
    bool m_statusIsError = false;
};
