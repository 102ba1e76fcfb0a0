// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/framingedit.h"

#include "payload/payloadcodec.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>

namespace {

QWidget *row(std::initializer_list<QWidget *> widgets, bool stretch = true)
{
    auto *page = new QWidget;
    auto *layout = new QBoxLayout(QBoxLayout::LeftToRight, page);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch(1);
    return page;
}

} // namespace

FramingEdit::FramingEdit(QWidget *parent)
    : QWidget(parent)
{
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("framingModeCombo"));
    m_mode->setAccessibleName(tr("Framing"));
    m_mode->addItem(tr("None (raw chunks)"), int(FrameSpec::Mode::None));
    m_mode->addItem(tr("Delimiter"), int(FrameSpec::Mode::Delimiter));
    m_mode->addItem(tr("Fixed length"), int(FrameSpec::Mode::Fixed));
    m_mode->addItem(tr("Length prefix"), int(FrameSpec::Mode::LengthPrefix));
    m_mode->addItem(tr("Idle gap"), int(FrameSpec::Mode::Idle));

    m_delimiter = new QLineEdit(QStringLiteral("\\n"));
    m_delimiter->setObjectName(QStringLiteral("framingDelimiterEdit"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->setPlaceholderText(tr("e.g. \\r\\n"));
    m_delimiter->setToolTip(tr("A message ends after these bytes (kept in the message): text "
                               "with escapes such as \\n, \\r\\n, \\0 or \\x03."));
    m_fixed = new QSpinBox;
    m_fixed->setObjectName(QStringLiteral("framingFixedSpin"));
    m_fixed->setAccessibleName(tr("Frame length"));
    m_fixed->setRange(1, int(FrameSpec::MaxFrameDefault));
    m_fixed->setValue(16);
    m_fixed->setSuffix(tr(" bytes"));
    m_fixed->setToolTip(tr("Every message is exactly this many bytes."));
    m_lengthBytes = new QComboBox;
    m_lengthBytes->setObjectName(QStringLiteral("framingLengthBytesCombo"));
    m_lengthBytes->setAccessibleName(tr("Length field size"));
    for (int bytes : {1, 2, 4})
        m_lengthBytes->addItem(tr("%n-byte length", nullptr, bytes), bytes);
    m_lengthBytes->setCurrentIndex(1);
    m_byteOrder = new QComboBox;
    m_byteOrder->setObjectName(QStringLiteral("framingByteOrderCombo"));
    m_byteOrder->setAccessibleName(tr("Byte order"));
    m_byteOrder->addItem(tr("big-endian"), true);
    m_byteOrder->addItem(tr("little-endian"), false);
    m_offset = new QSpinBox;
    m_offset->setObjectName(QStringLiteral("framingOffsetSpin"));
    m_offset->setAccessibleName(tr("Length field offset"));
    m_offset->setRange(0, 64);
    m_offset->setPrefix(tr("after "));
    m_offset->setSuffix(tr(" bytes"));
    m_offset->setToolTip(tr("Header bytes before the length field."));
    m_inclusive = new QCheckBox(tr("counts header"));
    m_inclusive->setObjectName(QStringLiteral("framingInclusiveCheck"));
    m_inclusive->setToolTip(tr("The length counts the whole frame, header included, instead of "
                               "the body after the length field only."));
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("framingIdleSpin"));
    m_idle->setAccessibleName(tr("Idle gap"));
    m_idle->setRange(1, FrameSpec::MaxIdleMs);
    m_idle->setValue(50);
    m_idle->setSuffix(tr(" ms"));
    m_idle->setToolTip(tr("A message ends when nothing more arrives for this long."));

    m_pages = new QStackedWidget;
    m_pages->addWidget(row({}));
    m_pages->addWidget(row({m_delimiter}, false));
    m_pages->addWidget(row({m_fixed}));
    // Two short rows, so that the server pane's narrow Options column holds it.
    auto *lengthPage = new QWidget;
    auto *lengthGrid = new QGridLayout(lengthPage);
    lengthGrid->setContentsMargins(0, 0, 0, 0);
    lengthGrid->addWidget(m_lengthBytes, 0, 0);
    lengthGrid->addWidget(m_byteOrder, 0, 1);
    lengthGrid->addWidget(m_offset, 1, 0);
    lengthGrid->addWidget(m_inclusive, 1, 1);
    lengthGrid->setColumnStretch(2, 1);
    m_pages->addWidget(lengthPage);
    m_pages->addWidget(row({m_idle}));
    // Only the current page's parameters count for the height.
    m_pages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_mode);
    m_layout->addWidget(m_pages, 1);
    // Stacked (the server pane's form), spare height goes below the fields: without this the
    // combo sat mid-way down a tall row, far from its label.
    m_layout->addStretch(0);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &FramingEdit::onModeChanged);
    for (QSpinBox *spin : {m_fixed, m_offset, m_idle})
        connect(spin, &QSpinBox::valueChanged, this, &FramingEdit::changed);
    for (QComboBox *combo : {m_lengthBytes, m_byteOrder})
        connect(combo, &QComboBox::currentIndexChanged, this, &FramingEdit::changed);
    connect(m_inclusive, &QCheckBox::toggled, this, &FramingEdit::changed);
    connect(m_delimiter, &QLineEdit::textChanged, this, &FramingEdit::changed);
    connect(this, &FramingEdit::changed, this, &FramingEdit::updateToolTip);
    onModeChanged();
}

void FramingEdit::setVertical(bool vertical)
{
    m_layout->setDirection(vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void FramingEdit::onModeChanged()
{
    const int current = m_mode->currentIndex();
    // Only the current page counts for the size: the length prefix's four fields must not
    // widen a pane that frames by delimiter (or not at all).
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(current);
    m_pages->setVisible(current != 0);
    m_pages->updateGeometry();
    emit changed();
}

void FramingEdit::updateToolTip()
{
    QString error;
    const auto spec = frameSpec(&error);
    m_mode->setToolTip(spec ? tr("How the TCP stream is cut into messages for the log, the "
                                 "rules and the counters: %1.")
                                  .arg(spec->describe())
                            : error);
}

std::optional<FrameSpec> FramingEdit::frameSpec(QString *error) const
{
    FrameSpec spec;
    spec.mode = FrameSpec::Mode(m_mode->currentData().toInt());
    spec.maxFrameBytes = m_maxFrameBytes;
    switch (spec.mode) {
    case FrameSpec::Mode::None:
        break;
    case FrameSpec::Mode::Delimiter: {
        const PayloadCodec::Result result = PayloadCodec::parseEscapedText(m_delimiter->text());
        if (!result.isOk()) {
            *error = tr("Framing delimiter: %1").arg(result.error);
            return std::nullopt;
        }
        if (result.bytes.isEmpty() || result.bytes.size() > 64) {
            *error = tr("Framing delimiter: type 1 to 64 bytes, such as \\n or \\r\\n.");
            return std::nullopt;
        }
        spec.delimiter = result.bytes;
        break;
    }
    case FrameSpec::Mode::Fixed:
        spec.fixedLength = m_fixed->value();
        break;
    case FrameSpec::Mode::LengthPrefix:
        spec.lengthBytes = m_lengthBytes->currentData().toInt();
        spec.bigEndian = m_byteOrder->currentData().toBool();
        spec.lengthOffset = m_offset->value();
        spec.lengthIncludesHeader = m_inclusive->isChecked();
        break;
    case FrameSpec::Mode::Idle:
        spec.idleMs = m_idle->value();
        break;
    }
    return spec;
}

void FramingEdit::setFrameSpec(const FrameSpec &spec)
{
    m_maxFrameBytes = spec.maxFrameBytes;
    switch (spec.mode) {
    case FrameSpec::Mode::None:
        break;
    case FrameSpec::Mode::Delimiter:
        m_delimiter->setText(PayloadCodec::toEscapedText(spec.delimiter));
        break;
    case FrameSpec::Mode::Fixed:
        m_fixed->setValue(spec.fixedLength);
        break;
    case FrameSpec::Mode::LengthPrefix:
        m_lengthBytes->setCurrentIndex(qMax(0, m_lengthBytes->findData(spec.lengthBytes)));
        m_byteOrder->setCurrentIndex(spec.bigEndian ? 0 : 1);
        m_offset->setValue(spec.lengthOffset);
        m_inclusive->setChecked(spec.lengthIncludesHeader);
        break;
    case FrameSpec::Mode::Idle:
        m_idle->setValue(spec.idleMs);
        break;
    }
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(spec.mode))));
    emit changed();
}
