// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

// Help > About: what SockLab is, its version, license, copyright and project address, with
// links that open in the user's browser.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text (rich text), kept apart so a test can read it without a display.
    static QString text();
    static QString version();
    static QString homepageUrl();
};
