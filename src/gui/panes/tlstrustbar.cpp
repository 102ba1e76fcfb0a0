// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/tlstrustbar.h"

#include "panes/tlsconfig.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TlsTrustBar::TlsTrustBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("tlsTrustBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("tlsTrustLabel"));
    m_text->setWordWrap(true);
    // A fingerprint is one 95-character word: it must not widen the pane; the tool tip and a
    // selection hold all of it.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Named before the first offer() too: a screen reader lists hidden controls.
    m_trust = new QPushButton(tr("T&rust this certificate"), this);
    m_trust->setObjectName(QStringLiteral("tlsTrustButton"));
    m_dismiss = new QPushButton(tr("&Don't trust"), this);
    m_dismiss->setObjectName(QStringLiteral("tlsDismissButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        const QString host = m_host;
        const quint16 port = m_port;
        const QString fingerprint = m_fingerprint;
        dismiss();
        emit trustChosen(host, port, fingerprint);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &TlsTrustBar::dismiss);
    hide();
}

void TlsTrustBar::offer(const QString &problem, const QString &host, quint16 port,
                        const QString &fingerprint)
{
    m_host = host;
    m_port = port;
    m_fingerprint = fingerprint;
    const QString target = TlsPin{host, port, fingerprint}.target();
    // certificateProblem() names the fingerprint of a self-signed certificate already.
    m_text->setText(problem.contains(fingerprint)
                            ? tr("%1 The connection was not made. Trust this certificate for "
                                 "%2 only if you know it is the server's.")
                                      .arg(problem, target)
                            : tr("%1 The connection was not made. Trust this certificate "
                                 "(SHA-256 %2) for %3 only if you know it is the server's.")
                                      .arg(problem, fingerprint, target));
    m_text->setToolTip(m_text->text());
    m_trust->setText(tr("T&rust this certificate for %1").arg(target));
    show();
}

void TlsTrustBar::dismiss()
{
    hide();
    m_host.clear();
    m_port = 0;
    m_fingerprint.clear();
}
