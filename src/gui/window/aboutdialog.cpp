// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/aboutdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

// SOCKLAB_VERSION and SOCKLAB_HOMEPAGE_URL come from the top-level project() in CMake, set
// on this one source file so a new version does not rebuild the whole window library.
AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About SockLab"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/socklab.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *label = new QLabel(text(), this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::version()
{
    return QStringLiteral(SOCKLAB_VERSION);
}

QString AboutDialog::homepageUrl()
{
    return QStringLiteral(SOCKLAB_HOMEPAGE_URL);
}

QString AboutDialog::text()
{
    const QString licenseUrl = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
    return tr("<h3>SockLab %1</h3>"
              "<p>A workbench for TCP and UDP sockets: start servers, connect clients, send "
              "messages and watch every byte, address and state change.</p>"
              "<p>The Examples menu loads the four programs of the sockets tutorial.</p>")
               .arg(version())
        + tr("<p>Copyright © 2026 the SockLab developers</p>")
        + tr("<p>SockLab is free software: you can redistribute it and/or modify it under the "
             "terms of the <a href=\"%1\">GNU General Public License</a>, version 3 or (at your "
             "option) any later version (GPL-3.0-or-later). It comes with no warranty.</p>")
              .arg(licenseUrl)
        + tr("<p>Project: <a href=\"%1\">%1</a></p>").arg(homepageUrl());
}
