// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulesdelegate.h"

#include "rules/rulestablemodel.h"

#include <QComboBox>
#include <QSpinBox>

namespace {

const RulesTableModel *rulesModel(const QModelIndex &index)
{
    return qobject_cast<const RulesTableModel *>(index.model());
}

bool isMessageReply(const QModelIndex &index)
{
    return index.column() == RulesTableModel::ReplyColumn
        && index.siblingAtColumn(RulesTableModel::ActionColumn)
               .data(RulesTableModel::RawRole)
               .toInt()
        == int(RulesTableModel::ActionChoice::ReplyMessage);
}

} // namespace

QWidget *RulesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const RulesTableModel *model = rulesModel(index);
    QComboBox *combo = nullptr;
    if (index.column() == RulesTableModel::MatchColumn) {
        combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("matchEditor"));
        for (ResponseRule::Match match : RulesTableModel::matches())
            combo->addItem(RulesTableModel::matchText(match), int(match));
    } else if (index.column() == RulesTableModel::ActionColumn) {
        combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("actionEditor"));
        for (RulesTableModel::ActionChoice choice : RulesTableModel::actionChoices()) {
            combo->addItem(RulesTableModel::actionText(choice), int(choice));
            const bool closes = choice == RulesTableModel::ActionChoice::Close
                || choice == RulesTableModel::ActionChoice::Reset;
            if (model && model->isUdp() && closes)
                combo->setItemData(combo->count() - 1,
                                   tr("Does not apply to UDP: there is no connection."),
                                   Qt::ToolTipRole);
        }
    } else if (isMessageReply(index)) {
        combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("messageEditor"));
        if (const MessageLibrary *library = model ? model->library() : nullptr) {
            for (const Message &message : library->messages())
                combo->addItem(MessageLibrary::pathOf(message), message.id);
        }
    } else if (index.column() == RulesTableModel::DelayColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("delayEditor"));
        spin->setRange(0, ResponseRule::MaxDelayMs);
        spin->setSuffix(tr(" ms"));
        spin->setSingleStep(100);
        return spin;
    }
    if (!combo)
        return QStyledItemDelegate::createEditor(parent, option, index);
    // A pick is the whole edit: apply it at once rather than on leaving the cell.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<RulesDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void RulesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findData(index.data(RulesTableModel::RawRole));
        combo->setCurrentIndex(qMax(found, 0));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RulesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
