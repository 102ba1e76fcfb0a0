// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/sendhistorymenu.h"

#include "panes/sendhistory.h"
#include "payload/macrohex.h"

namespace {

// Longer entries are elided; the tool tip gives the size.
constexpr int LabelWidthPixels = 360;

} // namespace

SendHistoryMenu::SendHistoryMenu(const SendHistory *history, QWidget *parent)
    : QMenu(parent)
    , m_history(history)
{
    connect(this, &QMenu::aboutToShow, this, &SendHistoryMenu::fill);
}

void SendHistoryMenu::fill()
{
    clear();
    const QList<Message> &entries = m_history->entries();
    if (entries.isEmpty()) {
        addAction(tr("No messages sent yet"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const Message &m = entries.at(i);
        const QByteArray head = m.payload.left(120);
        QString label = m.format == PayloadCodec::Format::Hex
            ? (m.macros ? MacroHex::toHex(head) : PayloadCodec::toHex(head))
            : PayloadCodec::toEscapedText(head);
        label = fontMetrics().elidedText(label, Qt::ElideRight, LabelWidthPixels);
        if (label.isEmpty())
            label = tr("(empty)");
        // "&" would become a mnemonic.
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = addAction(label);
        action->setToolTip(tr("%n byte(s)", nullptr, int(m.payload.size())));
        connect(action, &QAction::triggered, this, [this, i] { emit entryPicked(i); });
    }
    addSeparator();
    addAction(tr("Clear history"), this, &SendHistoryMenu::clearRequested);
}
