// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class Endpoint;
class QLabel;
struct TrafficEvent;

// The lesson of the selected log row (Lessons in core), under its details: hidden when the
// row teaches nothing in particular.
class LessonPanel : public QFrame
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // nullptr (no row selected) hides the panel.
    void showLessonFor(const TrafficEvent *event);
    // Names the process holding a peer's port ("python3 (PID 42)"), empty when unknown.
    void setPeerOwnerLookup(std::function<QString(const Endpoint &)> lookup);
    QString title() const;
    QString text() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    std::function<QString(const Endpoint &)> m_peerOwner;
};
