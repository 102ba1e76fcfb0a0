// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/lessonpanel.h"

#include "learn/lessons.h"
#include "log/trafficevent.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

LessonPanel::LessonPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("lessonPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Lesson"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    hide();
}

void LessonPanel::showLessonFor(const TrafficEvent *event)
{
    const QString peerOwner = event && m_peerOwner ? m_peerOwner(event->peer) : QString();
    const std::optional<Lesson> lesson = event
        ? Lessons::forEvent(*event, QCoreApplication::applicationPid(), peerOwner)
        : std::nullopt;
    if (!lesson) {
        m_title->clear();
        m_text->clear();
        hide();
        return;
    }
    m_title->setText(tr("Lesson: %1").arg(lesson->title));
    m_text->setText(lesson->text);
    show();
}

void LessonPanel::setPeerOwnerLookup(std::function<QString(const Endpoint &)> lookup)
{
    m_peerOwner = std::move(lookup);
}

QString LessonPanel::title() const
{
    return m_title->text();
}

QString LessonPanel::text() const
{
    return m_text->text();
}
