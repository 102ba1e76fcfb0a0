// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <functional>

class SessionPane;

// One side of the window (servers or clients): a closable tab per pane, a "+" corner button,
// and tab titles that follow each pane's state. Closing the last tab opens a fresh one.
class PaneTabWidget : public QTabWidget
{
    Q_OBJECT

public:
    // Builds the pane numbered n (1, 2, ... in creation order).
    using Factory = std::function<SessionPane *(int number)>;

    PaneTabWidget(const QString &heading, const QString &addToolTip, Factory factory,
                  QWidget *parent = nullptr);

    SessionPane *addPane();
    SessionPane *currentPane() const;
    SessionPane *paneAt(int index) const;
    QList<SessionPane *> panes() const;
    void closePane(int index);

signals:
    void paneAdded(SessionPane *pane);

private:
    void updateTitle(SessionPane *pane);

    Factory m_factory;
    int m_nextNumber = 1;
};
