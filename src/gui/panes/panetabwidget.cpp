// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/panetabwidget.h"

#include "panes/sessionpane.h"

#include <QLabel>
#include <QToolButton>

PaneTabWidget::PaneTabWidget(const QString &heading, const QString &addToolTip, Factory factory,
                             QWidget *parent)
    : QTabWidget(parent)
    , m_factory(std::move(factory))
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideMiddle);

    auto *headingLabel = new QLabel(heading, this);
    QFont bold = headingLabel->font();
    bold.setBold(true);
    headingLabel->setFont(bold);
    headingLabel->setContentsMargins(6, 0, 10, 0);
    setCornerWidget(headingLabel, Qt::TopLeftCorner);

    auto *addButton = new QToolButton(this);
    addButton->setText(QStringLiteral("+"));
    addButton->setToolTip(addToolTip);
    addButton->setAutoRaise(true);
    addButton->setAccessibleName(addToolTip);
    setCornerWidget(addButton, Qt::TopRightCorner);

    connect(addButton, &QToolButton::clicked, this, [this] { addPane(); });
    connect(this, &QTabWidget::tabCloseRequested, this, &PaneTabWidget::closePane);
}

SessionPane *PaneTabWidget::addPane()
{
    SessionPane *pane = m_factory(m_nextNumber++);
    const int index = addTab(pane, QString());
    connect(pane, &SessionPane::titleChanged, this, [this, pane] { updateTitle(pane); });
    updateTitle(pane);
    setCurrentIndex(index);
    emit paneAdded(pane);
    return pane;
}

SessionPane *PaneTabWidget::currentPane() const
{
    return qobject_cast<SessionPane *>(currentWidget());
}

SessionPane *PaneTabWidget::paneAt(int index) const
{
    return qobject_cast<SessionPane *>(widget(index));
}

QList<SessionPane *> PaneTabWidget::panes() const
{
    QList<SessionPane *> result;
    for (int i = 0; i < count(); ++i)
        result.append(paneAt(i));
    return result;
}

void PaneTabWidget::closePane(int index)
{
    SessionPane *pane = paneAt(index);
    if (!pane)
        return;
    // No confirmation: a pane's session is stopped and its log rows stay.
    removeTab(index);
    pane->deleteLater();
    if (count() == 0)
        addPane();
}

void PaneTabWidget::updateTitle(SessionPane *pane)
{
    const int index = indexOf(pane);
    if (index < 0)
        return;
    QString title = pane->title();
    setTabText(index, title.replace(QLatin1Char('&'), QStringLiteral("&&")));
    setTabToolTip(index, pane->statusText());
}
