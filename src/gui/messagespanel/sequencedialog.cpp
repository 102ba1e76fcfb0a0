// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespanel/sequencedialog.h"

#include "messagespanel/sequencemodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The delay column's editor: a spin box in ms within the bounds every sequence keeps, so what
// can be typed is what can be sent.
class DelayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("sequenceDelayEditor"));
        spin->setRange(0, int(SequenceItem::MaxDelayMs));
        spin->setSuffix(SequenceDialog::tr(" ms"));
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, qint64(spin->value()), Qt::EditRole);
    }
};

} // namespace

SequenceDialog::SequenceDialog(const QList<SequenceItem> &items, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sequenceDialog"));
    setWindowTitle(tr("Send as sequence"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The steps leave in this order. Each waits its own delay after "
                                "the previous one left; the first waits its delay after Send."),
                             this);
    intro->setWordWrap(true);

    m_model = new SequenceModel(this);
    m_model->setItems(items);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sequenceView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SequenceModel::DelayColumn, new DelayDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing a digit on a row starts editing its delay; Tab leaves the table for the buttons.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    // Rows as tall as the spin box that edits them, no taller: more steps fit in view.
    m_view->verticalHeader()->setDefaultSectionSize(QSpinBox().sizeHint().height());
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SequenceModel::StepColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SequenceModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int delayWidth = metrics.horizontalAdvance(QStringLiteral("3,600,000 ms")) + 48;
    header->resizeSection(SequenceModel::DelayColumn, delayWidth);
    header->resizeSection(SequenceModel::DueColumn, delayWidth);

    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("sequenceUpButton"));
    m_up->setToolTip(tr("Move the step up (Alt+Up)."));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(QStringLiteral("sequenceDownButton"));
    m_down->setToolTip(tr("Move the step down (Alt+Down)."));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("sequenceRemoveButton"));
    m_remove->setToolTip(tr("Leave the step out of this sequence (Delete); the message stays in "
                            "the library."));
    m_allDelay = new QSpinBox(this);
    m_allDelay->setObjectName(QStringLiteral("sequenceAllDelaySpin"));
    m_allDelay->setRange(0, int(SequenceItem::MaxDelayMs));
    m_allDelay->setSuffix(tr(" ms"));
    m_allDelay->setValue(items.size() > 1 ? int(
                             qBound<qint64>(0, items.at(1).delayBeforeMs, SequenceItem::MaxDelayMs))
                                          : 100);
    auto *allLabel = new QLabel(tr("Same delay for &all:"), this);
    allLabel->setBuddy(m_allDelay);
    auto *apply = new QPushButton(tr("A&pply"), this);
    apply->setObjectName(QStringLiteral("sequenceApplyAllButton"));
    apply->setToolTip(tr("Set every step's delay, the first one's too, to this value."));
    apply->setAutoDefault(false);
    for (QPushButton *button : {m_up, m_down, m_remove})
        button->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addWidget(m_remove);
    row->addStretch(1);
    row->addWidget(allLabel);
    row->addWidget(m_allDelay);
    row->addWidget(apply);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sequenceSummaryLabel"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sequenceSendButton"));
    m_send->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("sequenceCancelButton"));

    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // Keys on the table: Alt+Up/Down move the current step, Delete removes it.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(+1); });
    key(QKeySequence::Delete, [this] { removeCurrent(); });

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QPushButton::clicked, this, &SequenceDialog::removeCurrent);
    connect(apply, &QPushButton::clicked, this, &SequenceDialog::applyToAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &SequenceModel::stepsChanged, this, &SequenceDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SequenceDialog::updateState);

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, SequenceModel::DelayColumn));
    m_view->setFocus();
    resize(620, 380);
    updateState();
}

QList<SequenceItem> SequenceDialog::items() const
{
    return m_model->items();
}

int SequenceDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SequenceDialog::moveCurrent(int delta)
{
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (!m_model->moveStep(row, delta))
        return;
    m_view->setCurrentIndex(m_model->index(row + delta, column));
}

void SequenceDialog::removeCurrent()
{
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (!m_model->removeStep(row))
        return;
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, column));
}

void SequenceDialog::applyToAll()
{
    m_model->setAllDelays(m_allDelay->value());
}

void SequenceDialog::updateState()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    m_remove->setEnabled(row >= 0);
    m_send->setEnabled(count > 0);
    m_summary->setText(count == 0
                           ? tr("No steps left: Cancel, then select the messages to send.")
                           : tr("%n step(s); the last is due %1 ms after Send.", nullptr, count)
                                 .arg(QLocale().toString(m_model->totalDelayMs())));
}
