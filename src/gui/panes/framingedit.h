// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framing/framespec.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// Picks how a TCP stream is cut into messages: a mode (None, Delimiter, Fixed length, Length
// prefix, Idle gap) and that mode's few parameters, side by side in one row, so nobody needs
// the FrameSpec text form. A spec's size bound (max=) is kept as it came.
class FramingEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FramingEdit(QWidget *parent = nullptr);

    // nullopt and one sentence when a parameter is unusable (an empty or badly escaped
    // delimiter).
    std::optional<FrameSpec> frameSpec(QString *error) const;
    void setFrameSpec(const FrameSpec &spec);
    // The parameters under the mode instead of beside it (a narrow column).
    void setVertical(bool vertical);

signals:
    void changed();

private:
    void onModeChanged();
    void updateToolTip();

    QBoxLayout *m_layout = nullptr;
    QComboBox *m_mode = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_delimiter = nullptr;
    QSpinBox *m_fixed = nullptr;
    QComboBox *m_lengthBytes = nullptr;
    QComboBox *m_byteOrder = nullptr;
    QSpinBox *m_offset = nullptr;
    QCheckBox *m_inclusive = nullptr;
    QSpinBox *m_idle = nullptr;
    qint64 m_maxFrameBytes = FrameSpec::MaxFrameDefault;
};
