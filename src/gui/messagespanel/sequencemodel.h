// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/sequenceitem.h"

#include <QAbstractTableModel>
#include <QList>

// The steps of the Sequence dialog as rows: step number, message name, the delay before it
// (editable, 0..SequenceItem::MaxDelayMs) and when it is due, counted from Send. Rows can be
// moved and removed, never added: a sequence holds at most the messages that were selected.
class SequenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, NameColumn, DelayColumn, DueColumn, ColumnCount };

    explicit SequenceModel(QObject *parent = nullptr);

    const QList<SequenceItem> &items() const { return m_items; }
    void setItems(const QList<SequenceItem> &items);
    // The sum of every delay: when the last step is due, counted from Send.
    qint64 totalDelayMs() const;

    // Moves row by delta (-1 up, +1 down); false when it would leave the list.
    bool moveStep(int row, int delta);
    bool removeStep(int row);
    void setAllDelays(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only the delay column, and only a whole number of ms within the bounds.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A delay, the order or the number of steps changed.
    void stepsChanged();

private:
    // The step numbers and due times from row on follow any change above them.
    void refreshFrom(int row);

    QList<SequenceItem> m_items;
};
