// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class SendHistory;

// The History button's menu: the sent messages of one SendHistory, most recent first, filled
// each time it opens, then "Clear history". Picking only reports; the editor shows the entry.
class SendHistoryMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SendHistoryMenu(const SendHistory *history, QWidget *parent = nullptr);

signals:
    void entryPicked(int index);
    void clearRequested();

private:
    void fill();

    const SendHistory *m_history;
};
