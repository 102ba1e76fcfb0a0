// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadEditor: content, format, line ending, macros and checksum. Files, history and the preview
// live in payloadeditorfile.cpp, payloadeditorhistory.cpp and payloadeditorpreview.cpp.
#include "panes/payloadeditor.h"

#include "panes/sendhistorymenu.h"
#include "payload/macrohex.h"
#include "window/palettecolors.h"

#include "ui_payloadeditor.h"

#include <QFontDatabase>
#include <QLocale>
#include <QSignalBlocker>

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
    m_ui->textEdit->setInsertLimit(EditLimit);
    m_ui->textEdit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->textEdit, &QWidget::customContextMenuRequested, this,
            &PayloadEditor::showContextMenu);
    connect(m_ui->textEdit, &PayloadTextEdit::oversizedInsert, this,
            &PayloadEditor::onOversizedInsert);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateInfo();
        emit changed();
    });
    connect(m_ui->formatCombo, &QComboBox::activated, this, &PayloadEditor::onFormatActivated);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        emit changed();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        leaveSummary();
        m_ui->textEdit->clear();
        m_ui->textEdit->setFocus();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PayloadEditor::chooseFileToSave);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &PayloadEditor::chooseFileToLoad);
    connect(m_ui->textEdit, &PayloadTextEdit::historyRequested, this,
            &PayloadEditor::recallHistory);

    connect(m_ui->macrosCheck, &QCheckBox::toggled, this, [this] {
        updateInfo();
        emit changed();
    });
    connect(m_ui->checksumCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        emit changed();
    });
    connect(m_ui->previewButton, &QToolButton::toggled, this, &PayloadEditor::setPreviewVisible);
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->previewEdit->hide();
    auto *historyMenu = new SendHistoryMenu(&m_history, m_ui->historyButton);
    m_ui->historyButton->setMenu(historyMenu);
    connect(historyMenu, &SendHistoryMenu::entryPicked, this, &PayloadEditor::showHistoryEntry);
    connect(historyMenu, &SendHistoryMenu::clearRequested, this, [this] {
        m_history.clear();
        m_historyIndex = -1;
    });

    m_ui->stack->setCurrentWidget(m_ui->textEdit);
    updateInfo();
}

PayloadEditor::~PayloadEditor() = default;

PayloadCodec::Result PayloadEditor::payloadBytes() const
{
    if (m_summarized) {
        PayloadCodec::Result result;
        result.bytes = m_summaryBytes;
        return result;
    }
    return parseContent(m_ui->textEdit->toPlainText(), m_format);
}

PayloadCodec::Result PayloadEditor::parseContent(const QString &text,
                                                 PayloadCodec::Format format) const
{
    // With macros on, hex may hold placeholders: "01 03 {{counter}}".
    if (format == PayloadCodec::Format::Hex && isMacrosEnabled())
        return MacroHex::parse(text);
    return PayloadCodec::parse(text, format);
}

QString PayloadEditor::writeContent(const QByteArray &bytes, PayloadCodec::Format format) const
{
    if (format == PayloadCodec::Format::Text)
        return PayloadCodec::toEscapedText(bytes);
    return isMacrosEnabled() ? MacroHex::toHex(bytes) : PayloadCodec::toHex(bytes);
}

PayloadCodec::Result PayloadEditor::bytes() const
{
    PayloadCodec::Result result;
    const std::optional<MessageComposer> c = composer(&result.error);
    if (c)
        result.bytes = c->compose(0);
    else if (result.error.isEmpty())
        result = payloadBytes(); // keeps the codec's error position
    return result;
}

Message PayloadEditor::message() const
{
    Message m;
    const PayloadCodec::Result payload = payloadBytes();
    if (payload.isOk())
        m.payload = payload.bytes;
    m.format = m_format;
    m.lineEnding = static_cast<Message::LineEnding>(int(lineEnding()));
    m.macros = isMacrosEnabled();
    m.checksum = checksum();
    m.checksumOrder = checksumOrder();
    return m;
}

void PayloadEditor::setMessage(const Message &m)
{
    {
        // Macros first: they decide how hex with placeholders is written.
        const QSignalBlocker blocker(m_ui->macrosCheck);
        setMacrosEnabled(m.macros);
    }
    m_format = m.format;
    m_ui->formatCombo->setCurrentIndex(indexOf(m.format));
    setBytes(m.payload);
    setLineEnding(static_cast<LineEnding>(int(m.lineEnding)));
    setMacrosEnabled(m.macros);
    setChecksum(m.checksum, m.checksumOrder);
}

std::optional<MessageComposer> PayloadEditor::composer(QString *error) const
{
    const PayloadCodec::Result payload = payloadBytes();
    if (!payload.isOk()) {
        if (error)
            *error = payload.error;
        return std::nullopt;
    }
    return MessageComposer::create(message(), error);
}

qsizetype PayloadEditor::messageSize() const
{
    return m_summarized ? m_summaryBytes.size() : bytes().bytes.size();
}

bool PayloadEditor::setFormat(PayloadCodec::Format target)
{
    if (target == m_format) {
        m_ui->formatCombo->setCurrentIndex(indexOf(m_format));
        return true;
    }
    if (m_summarized) {
        // Bytes are bytes: the summary shows no text to convert, only the choice changes.
        m_format = target;
        m_ui->formatCombo->setCurrentIndex(indexOf(target));
        emit changed();
        return true;
    }
    const PayloadCodec::Result current = parseContent(m_ui->textEdit->toPlainText(), m_format);
    if (!current.isOk()) {
        showError(tr("Cannot switch to %1: %2")
                      .arg(m_ui->formatCombo->itemText(indexOf(target)), current.error));
        m_ui->formatCombo->setCurrentIndex(indexOf(m_format));
        return false;
    }
    const QString converted = writeContent(current.bytes, target);
    m_format = target;
    m_ui->formatCombo->setCurrentIndex(indexOf(target));
    if (converted.size() > EditLimit) {
        // Hex triples the length: a message that was just editable may no longer be.
        showSummary(current.bytes);
        return true;
    }
    {
        const QSignalBlocker blocker(m_ui->textEdit);
        m_ui->textEdit->setPlainText(converted);
    }
    updateInfo();
    emit changed();
    return true;
}

void PayloadEditor::onFormatActivated(int index)
{
    // The combo already shows the pick; m_format still says how the content is written, so
    // picking the format in use (Text -> Text) converts nothing.
    setFormat(formatAt(index));
}

QString PayloadEditor::text() const
{
    if (!m_summarized)
        return m_ui->textEdit->toPlainText();
    return writeContent(m_summaryBytes, m_format);
}

void PayloadEditor::setText(const QString &text, PayloadCodec::Format format)
{
    m_format = format;
    m_ui->formatCombo->setCurrentIndex(indexOf(format));
    if (text.size() > EditLimit) {
        const PayloadCodec::Result parsed = parseContent(text, format);
        if (parsed.isOk()) {
            showSummary(parsed.bytes);
            return;
        }
        // Malformed and too large to show: nothing to keep that could be sent.
        leaveSummary();
        {
            const QSignalBlocker blocker(m_ui->textEdit);
            m_ui->textEdit->clear();
        }
        showError(tr("The message (%1 characters) was too large to edit and not valid: %2")
                      .arg(QLocale().toString(text.size()), parsed.error));
        emit changed();
        return;
    }
    leaveSummary();
    m_ui->textEdit->setPlainText(text);
}

void PayloadEditor::setBytes(const QByteArray &bytes)
{
    const QString written = writeContent(bytes, m_format);
    if (bytes.size() > EditLimit || written.size() > EditLimit) {
        showSummary(bytes);
        return;
    }
    leaveSummary();
    m_ui->textEdit->setPlainText(written);
}

void PayloadEditor::onOversizedInsert(const QString &inserted)
{
    const QString content = m_ui->textEdit->contentWithInsert(inserted);
    const PayloadCodec::Result parsed = parseContent(content, m_format);
    if (!parsed.isOk()) {
        showError(tr("The pasted text (%1 characters) is too large to edit here and is not a "
                     "valid message: %2")
                      .arg(QLocale().toString(inserted.size()), parsed.error));
        return;
    }
    showSummary(parsed.bytes);
}

void PayloadEditor::showSummary(const QByteArray &bytes)
{
    m_summaryBytes = bytes;
    m_summarized = true;
    {
        // The text widget is emptied so it holds no megabyte layout behind the summary.
        const QSignalBlocker blocker(m_ui->textEdit);
        m_ui->textEdit->clear();
    }
    m_ui->summaryLabel->setText(
        tr("%1 bytes — too large to edit here; it will be sent as is.")
            .arg(QLocale().toString(bytes.size())));
    m_ui->summaryLabel->setToolTip(m_ui->summaryLabel->text());
    m_ui->stack->setCurrentWidget(m_ui->summaryPage);
    m_ui->formatCombo->setEnabled(false);
    updateInfo();
    emit changed();
}

void PayloadEditor::leaveSummary()
{
    if (!m_summarized)
        return;
    m_summarized = false;
    m_summaryBytes.clear();
    m_ui->stack->setCurrentWidget(m_ui->textEdit);
    m_ui->formatCombo->setEnabled(true);
    updateInfo();
    emit changed();
}

PayloadEditor::LineEnding PayloadEditor::lineEnding() const
{
    switch (m_ui->lineEndingCombo->currentIndex()) {
    case 1:
        return LineEnding::Lf;
    case 2:
        return LineEnding::CrLf;
    case 3:
        return LineEnding::Cr;
    default:
        return LineEnding::None;
    }
}

void PayloadEditor::setLineEnding(LineEnding ending)
{
    m_ui->lineEndingCombo->setCurrentIndex(static_cast<int>(ending));
}

bool PayloadEditor::isMacrosEnabled() const
{
    return m_ui->macrosCheck->isChecked();
}

void PayloadEditor::setMacrosEnabled(bool enabled)
{
    m_ui->macrosCheck->setChecked(enabled);
}

Checksum::Algorithm PayloadEditor::checksum() const
{
    return m_ui->checksumCombo->algorithm();
}

Checksum::ByteOrder PayloadEditor::checksumOrder() const
{
    return m_ui->checksumCombo->order();
}

void PayloadEditor::setChecksum(Checksum::Algorithm algorithm, Checksum::ByteOrder order)
{
    m_ui->checksumCombo->setChecksum(algorithm, order);
}

void PayloadEditor::updateInfo()
{
    const PayloadCodec::Result result = bytes();
    updatePreview(result);
    if (!result.isOk()) {
        showError(result.error);
        return;
    }
    PaletteColors::setErrorText(m_ui->infoLabel, false);
    m_ui->infoLabel->setText(tr("%n byte(s)", nullptr, static_cast<int>(result.bytes.size())));
}

void PayloadEditor::showError(const QString &message)
{
    PaletteColors::setErrorText(m_ui->infoLabel, true);
    m_ui->infoLabel->setText(message);
}

EditorConfig PayloadEditor::config() const
{
    EditorConfig c;
    c.payload = text();
    c.payloadFormat = format();
    c.lineEnding = static_cast<int>(lineEnding());
    c.macros = isMacrosEnabled();
    c.checksum = checksum();
    c.checksumOrder = checksumOrder();
    return c;
}

void PayloadEditor::setConfig(const EditorConfig &c)
{
    setText(c.payload, c.payloadFormat);
    setLineEnding(static_cast<LineEnding>(c.lineEnding));
    setMacrosEnabled(c.macros);
    setChecksum(c.checksum, c.checksumOrder);
}
