// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadEditor's preview: the hex dump of the exact bytes the next send will carry.
#include "panes/payloadeditor.h"

#include "ui_payloadeditor.h"

#include <QSignalBlocker>

#include <limits>

void PayloadEditor::setPreviewVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_ui->previewButton);
        m_ui->previewButton->setChecked(visible);
    }
    m_ui->previewEdit->setVisible(visible);
    setMinimumHeight(layout()->minimumSize().height());
    if (visible)
        updateInfo();
}

void PayloadEditor::updatePreview(const PayloadCodec::Result &result)
{
    if (!m_ui->previewEdit->isVisibleTo(this))
        return;
    if (!result.isOk()) {
        m_ui->previewEdit->setPlainText(result.error);
        return;
    }
    QString dump = PayloadCodec::toHexDump(result.bytes.left(PreviewLimit));
    if (result.bytes.size() > PreviewLimit) {
        dump += tr("… and %n more byte(s), not shown.", nullptr,
                   int(qMin<qsizetype>(result.bytes.size() - PreviewLimit,
                                       qsizetype(std::numeric_limits<int>::max()))));
    }
    m_ui->previewEdit->setPlainText(dump);
}
