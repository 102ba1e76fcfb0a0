#include "payloadeditor.h"

#include "ui_payloadeditor.h"

#include <QFontDatabase>
#include <QLocale>

namespace {

PayloadCodec::Format formatAt(int index)
{
    return index == 1 ? PayloadCodec::Format::Hex : PayloadCodec::Format::Text;
}

int indexOf(PayloadCodec::Format format)
{
    return format == PayloadCodec::Format::Hex ? 1 : 0;
}

} // namespace

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PayloadEditor>())
{
    m_ui->setupUi(this);
    // The wrapping error line makes this a height-for-width layout, and parents then measure it
    // by heightForWidth alone: pin the minimum so a crowded pane cannot overlap the controls.
    setMinimumHeight(layout()->minimumSize().height());
    m_ui->textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateInfo();
        emit changed();
    });
    connect(m_ui->formatCombo, &QComboBox::activated, this, &PayloadEditor::onFormatActivated);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        emit changed();
    });
    updateInfo();
}

PayloadEditor::~PayloadEditor() = default;

PayloadCodec::Result PayloadEditor::bytes() const
{
    PayloadCodec::Result result = PayloadCodec::parse(text(), format());
    if (!result.isOk())
        return result;
    switch (lineEnding()) {
    case LineEnding::None:
        break;
    case LineEnding::Lf:
        result.bytes.append('\n');
        break;
    case LineEnding::CrLf:
        result.bytes.append("\r\n", 2);
        break;
    }
    return result;
}

PayloadCodec::Format PayloadEditor::format() const
{
    return formatAt(m_ui->formatCombo->currentIndex());
}

bool PayloadEditor::setFormat(PayloadCodec::Format target)
{
    if (target == format())
        return true;
    const PayloadCodec::Result current = PayloadCodec::parse(text(), format());
    if (!current.isOk()) {
        showError(tr("Cannot switch to %1: %2")
                      .arg(m_ui->formatCombo->itemText(indexOf(target)), current.error));
        m_ui->formatCombo->setCurrentIndex(indexOf(format()));
        return false;
    }
    const QString converted = target == PayloadCodec::Format::Hex
        ? PayloadCodec::toHex(current.bytes)
        : PayloadCodec::toEscapedText(current.bytes);
    const QSignalBlocker blocker(m_ui->textEdit);
    m_ui->formatCombo->setCurrentIndex(indexOf(target));
    m_ui->textEdit->setPlainText(converted);
    updateInfo();
    emit changed();
    return true;
}

void PayloadEditor::onFormatActivated(int index)
{
    // The combo already shows the new choice; convert from the format the text is written in.
    const PayloadCodec::Format target = formatAt(index);
    const PayloadCodec::Format written = target == PayloadCodec::Format::Hex
        ? PayloadCodec::Format::Text
        : PayloadCodec::Format::Hex;
    {
        const QSignalBlocker blocker(m_ui->formatCombo);
        m_ui->formatCombo->setCurrentIndex(indexOf(written));
    }
    setFormat(target);
}

QString PayloadEditor::text() const
{
    return m_ui->textEdit->toPlainText();
}

void PayloadEditor::setText(const QString &text, PayloadCodec::Format format)
{
    m_ui->formatCombo->setCurrentIndex(indexOf(format));
    m_ui->textEdit->setPlainText(text);
}

PayloadEditor::LineEnding PayloadEditor::lineEnding() const
{
    switch (m_ui->lineEndingCombo->currentIndex()) {
    case 1:
        return LineEnding::Lf;
    case 2:
        return LineEnding::CrLf;
    default:
        return LineEnding::None;
    }
}

void PayloadEditor::setLineEnding(LineEnding ending)
{
    m_ui->lineEndingCombo->setCurrentIndex(static_cast<int>(ending));
}

void PayloadEditor::updateInfo()
{
    const PayloadCodec::Result result = bytes();
    if (!result.isOk()) {
        showError(result.error);
        return;
    }
    m_ui->infoLabel->setStyleSheet(QString());
    m_ui->infoLabel->setText(tr("%n byte(s)", nullptr, static_cast<int>(result.bytes.size())));
}

void PayloadEditor::showError(const QString &message)
{
    m_ui->infoLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->infoLabel->setText(message);
}
