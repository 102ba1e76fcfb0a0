// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/sessionpane.h"

#include "net/engine.h"

#include "panes/filesendrow.h"
#include "panes/panepython.h"
#include "panes/paneconfig.h"
#include "panes/pythonprogramdialog.h"
#include "panes/repeatrow.h"
#include "window/palettecolors.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SessionPane::SessionPane(Engine *engine, int number, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_number(number)
{
}

QString SessionPane::statusText() const
{
    return m_statusLabel ? m_statusLabel->text() : QString();
}

void SessionPane::showStatus(const QString &text)
{
    m_statusIsError = false;
    if (!m_statusLabel)
        return;
    PaletteColors::setErrorText(m_statusLabel, false);
    m_statusText = text;
    applyStatusText();
}

void SessionPane::showError(const QString &text)
{
    m_statusIsError = true;
    if (!m_statusLabel)
        return;
    // Routine failures (port in use, refused, bad input) belong in the pane, never in a dialog.
    PaletteColors::setErrorText(m_statusLabel, true);
    m_statusText = text;
    applyStatusText();
}

void SessionPane::setTcpStateNote(const QString &note)
{
    if (note == m_tcpStateNote)
        return;
    m_tcpStateNote = note;
    if (m_statusLabel)
        applyStatusText();
}

void SessionPane::applyStatusText()
{
    m_statusLabel->setText(m_tcpStateNote.isEmpty() ? m_statusText
                                                    : m_statusText + QStringLiteral(" · ")
                                                        + m_tcpStateNote);
    emit titleChanged();
}

QString SessionPane::runningMark(bool running)
{
    return running ? QStringLiteral(" ") + QChar(0x25CF) : QString();
}

void SessionPane::followDefaultPort(QLineEdit *portEdit, TrafficEvent::Protocol from,
                                    TrafficEvent::Protocol to)
{
    const QString port = portEdit->text().trimmed();
    if (from != to && (port.isEmpty() || port == defaultPortText(from)))
        portEdit->setText(defaultPortText(to));
}

void SessionPane::installSendTools(QBoxLayout *rows, int rowIndex, QBoxLayout *buttons)
{
    m_repeatRow = new RepeatRow(this);
    rows->insertWidget(rowIndex, m_repeatRow);
    m_fileRow = new FileSendRow(this);
    buttons->insertWidget(0, m_fileRow, 1);
    connect(m_repeatRow, &RepeatRow::startRequested, this, &SessionPane::startRepeat);
    connect(m_repeatRow, &RepeatRow::stopRequested, this, &SessionPane::stopRepeat);
    connect(m_fileRow, &FileSendRow::fileChosen, this, &SessionPane::sendFile);
    connect(m_fileRow, &FileSendRow::cancelRequested, this, &SessionPane::stopFile);
    auto *python = new QPushButton(tr("As &Python…"), this);
    python->setObjectName(QStringLiteral("showAsPythonButton"));
    python->setToolTip(tr("Show the python3 socket program that does what this pane does."));
    buttons->insertWidget(0, python);
    connect(python, &QPushButton::clicked, this, &SessionPane::showAsPython);
}

PythonProgramDialog *SessionPane::showAsPython()
{
    const PythonProgram::Settings settings = PanePython::settings(this);
    auto *dialog = new PythonProgramDialog(PythonProgram::generate(settings),
                                           PanePython::fileName(settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void SessionPane::removeSession(Session *session)
{
    if (session)
        m_engine->removeSession(session);
    // The note was about that session's connection; the Learn dock knows only session ids.
    setTcpStateNote(QString());
}
