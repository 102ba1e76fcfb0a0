// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

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
    QString title() const;
    QString text() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};
