// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/messageeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

MessageEditDialog::MessageEditDialog(const Message &message, QWidget *parent)
    : QDialog(parent)
    , m_message(message)
{
    setWindowTitle(tr("Edit message"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(message.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_folder = new QLineEdit(message.folder, this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("none; a/b nests"));
    m_notes = new QPlainTextEdit(message.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_hasTarget = new QCheckBox(tr("Send to a fixed target when no pane is ready"), this);
    m_hasTarget->setObjectName(QStringLiteral("hasTargetCheck"));
    m_hasTarget->setChecked(message.target.has_value());
    m_protocol = new QComboBox(this);
    m_protocol->addItem(QStringLiteral("TCP"));
    m_protocol->addItem(QStringLiteral("UDP"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("targetHostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("targetPortSpin"));
    m_port->setRange(1, 65535);
    const Message::Target target = message.target.value_or(
        Message::Target {TrafficEvent::Protocol::Tcp, QStringLiteral("127.0.0.1"), 60001});
    m_protocol->setCurrentIndex(target.protocol == TrafficEvent::Protocol::Udp ? 1 : 0);
    m_host->setText(target.host);
    m_port->setValue(qMax<int>(1, target.port));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_protocol);
    targetRow->addWidget(m_host, 1);
    targetRow->addWidget(m_port);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(m_hasTarget);
    form->addRow(tr("&Target:"), targetRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasTarget, &QCheckBox::toggled, this, &MessageEditDialog::updateTargetFields);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    updateTargetFields();
}

void MessageEditDialog::updateTargetFields()
{
    const bool on = m_hasTarget->isChecked();
    m_protocol->setEnabled(on);
    m_host->setEnabled(on);
    m_port->setEnabled(on);
}

Message MessageEditDialog::message() const
{
    Message m = m_message;
    m.name = m_name->text().trimmed();
    m.folder = m_folder->text().trimmed();
    m.notes = m_notes->toPlainText();
    if (m_hasTarget->isChecked() && !m_host->text().trimmed().isEmpty()) {
        m.target = Message::Target {m_protocol->currentIndex() == 1 ? TrafficEvent::Protocol::Udp
                                                                    : TrafficEvent::Protocol::Tcp,
                                    m_host->text().trimmed(), quint16(m_port->value())};
    } else {
        m.target.reset();
    }
    return m;
}
