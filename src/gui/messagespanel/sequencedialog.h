// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/sequenceitem.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class SequenceModel;

// "Send as sequence": the selected messages as steps in order, each with its own delay before
// it (the first one's too), to reorder (Alt+Up / Alt+Down), remove (Delete) and send. Sending is
// the panel's: on Send the dialog is accepted and items() holds the steps.
class SequenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SequenceDialog(const QList<SequenceItem> &items, QWidget *parent = nullptr);

    QList<SequenceItem> items() const;
    SequenceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    int currentRow() const;
    void moveCurrent(int delta);
    void removeCurrent();
    void applyToAll();
    void updateState();

    SequenceModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_allDelay = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_send = nullptr;
};
