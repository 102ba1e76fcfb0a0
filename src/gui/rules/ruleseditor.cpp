// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruleseditor.h"

#include "ui_ruleseditor.h"

#include "messagespanel/messagelibrarydocument.h"
#include "rules/responder.h"
#include "rules/rulecheck.h"
#include "rules/rulesdelegate.h"
#include "rules/rulesjson.h"
#include "rules/rulestablemodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QTimer>

RulesEditor::RulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RulesEditor>())
    , m_model(new RulesTableModel(this))
    , m_countsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->rulesView;
    view->setModel(m_model);
    view->setItemDelegate(new RulesDelegate(view));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    // Narrow enough that On to Fired fit a server pane on a 1280-pixel screen; Comment takes
    // the rest and the user can widen any column.
    const QFontMetrics metrics = view->fontMetrics();
    const auto width
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 12; };
    view->setColumnWidth(RulesTableModel::OnColumn, width(tr("On")) + 12);
    view->setColumnWidth(RulesTableModel::MatchColumn, width(tr("Hex pattern")));
    view->setColumnWidth(RulesTableModel::PatternColumn, width(QStringLiteral("GET /stat")));
    view->setColumnWidth(RulesTableModel::ActionColumn, width(tr("Reply message")));
    view->setColumnWidth(RulesTableModel::ReplyColumn, width(QStringLiteral("200 {{group:1}}")));
    view->setColumnWidth(RulesTableModel::DelayColumn, width(QStringLiteral("150 ms")));
    view->setColumnWidth(RulesTableModel::FiredColumn, width(tr("Fired")));

    m_countsTimer->setInterval(CountsIntervalMs);
    connect(m_countsTimer, &QTimer::timeout, this, &RulesEditor::refreshCounts);

    connect(m_model, &RulesTableModel::rulesEdited, this, &RulesEditor::onEdited);
    connect(m_model, &RulesTableModel::editRefused, this,
            [this](const QString &sentence) { emit problem(sentence, true); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesEditor::updateWidgets);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &RulesEditor::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &RulesEditor::removeRule);
    connect(m_ui->moveUpButton, &QToolButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ui->moveDownButton, &QToolButton::clicked, this, [this] { moveRule(1); });
    connect(m_ui->importRulesButton, &QPushButton::clicked, this, &RulesEditor::chooseImport);
    connect(m_ui->exportRulesButton, &QPushButton::clicked, this, &RulesEditor::chooseExport);
    connect(m_ui->defaultCombo, &QComboBox::currentIndexChanged, this, &RulesEditor::onEdited);
    connect(m_ui->defaultFormatCombo, &QComboBox::currentIndexChanged, this,
            &RulesEditor::onEdited);
    connect(m_ui->defaultReplyEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->defaultReplyEdit->isModified()) {
            m_ui->defaultReplyEdit->setModified(false);
            onEdited();
        }
    });
    updateWidgets();
}

RulesEditor::~RulesEditor() = default;

ResponseRules RulesEditor::rules() const
{
    ResponseRules rules;
    rules.rules = m_model->rules();
    rules.defaultAction = ResponseRules::Default(qBound(0, m_ui->defaultCombo->currentIndex(), 2));
    rules.defaultReply = m_ui->defaultReplyEdit->text();
    rules.defaultReplyFormat = m_ui->defaultFormatCombo->currentIndex() == 1
        ? PayloadCodec::Format::Hex
        : PayloadCodec::Format::Text;
    return rules;
}

void RulesEditor::setRules(const ResponseRules &rules)
{
    m_loading = true;
    m_model->setRules(rules.rules);
    m_ui->defaultCombo->setCurrentIndex(int(rules.defaultAction));
    m_ui->defaultReplyEdit->setText(rules.defaultReply);
    m_ui->defaultFormatCombo->setCurrentIndex(
        rules.defaultReplyFormat == PayloadCodec::Format::Hex ? 1 : 0);
    m_loading = false;
    m_ui->defaultCountLabel->clear();
    updateWidgets();
}

void RulesEditor::setMessageLibrary(const MessageLibraryDocument *library)
{
    m_library = library;
    m_model->setLibrary(
        [this]() -> const MessageLibrary * { return m_library ? &m_library->library() : nullptr; });
    if (library)
        connect(library, &MessageLibraryDocument::changed, m_model,
                &RulesTableModel::refreshMessages);
}

void RulesEditor::setUdp(bool udp)
{
    m_model->setUdp(udp);
}

std::shared_ptr<Responder> RulesEditor::compile(QString *error,
                                                const std::optional<ResponseRules> &fallback)
{
    ResponseRules current = rules();
    if (fallback && current.defaultAction == ResponseRules::Default::None) {
        current.defaultAction = fallback->defaultAction;
        current.defaultReply = fallback->defaultReply;
        current.defaultReplyFormat = fallback->defaultReplyFormat;
        current.defaultMacros = fallback->defaultMacros;
    }
    // The table's own checks name the cell; compile() is the authority for the rest.
    *error = firstProblem();
    if (!error->isEmpty())
        return nullptr;
    // Only a default (the pane's own echo or auto-reply) and no rule on: the session does that
    // itself, as it always has.
    const bool anyRule = std::any_of(current.rules.cbegin(), current.rules.cend(),
                                     [](const ResponseRule &rule) { return rule.enabled; });
    if (!anyRule && rules().defaultAction == ResponseRules::Default::None)
        return nullptr;
    const MessageLibraryDocument *library = m_library;
    auto responder = Responder::compile(
        current,
        [library](const QString &id) -> std::optional<Message> {
            return library ? library->library().message(id) : std::nullopt;
        },
        error);
    return responder;
}

QString RulesEditor::firstProblem() const
{
    const QString table = m_model->firstProblem();
    if (!table.isEmpty()
        || m_ui->defaultCombo->currentIndex() != int(ResponseRules::Default::Reply))
        return table;
    ResponseRule probe;
    probe.reply = m_ui->defaultReplyEdit->text();
    probe.replyFormat = m_ui->defaultFormatCombo->currentIndex() == 1 ? PayloadCodec::Format::Hex
                                                                      : PayloadCodec::Format::Text;
    const QString reply = RuleCheck::replyProblem(probe);
    //: %1 is the sentence about the default reply
    return reply.isEmpty() ? QString() : tr("When no rule matches: %1").arg(reply);
}

void RulesEditor::setResponder(const std::shared_ptr<Responder> &responder)
{
    if (m_responder && !responder)
        refreshCounts(); // the last counts stay shown after Stop
    m_responder = responder;
    if (m_responder)
        refreshCounts();
    updateCountsTimer();
}

void RulesEditor::refreshCounts()
{
    if (!m_responder)
        return;
    m_model->setFireCounts(m_responder->fireCounts());
    //: how often the default applied; %1 is a count
    m_ui->defaultCountLabel->setText(tr("applied %1×").arg(m_responder->defaultCount()));
}

void RulesEditor::updateCountsTimer()
{
    if (m_responder && isVisible())
        m_countsTimer->start();
    else
        m_countsTimer->stop();
}

void RulesEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCounts();
    updateCountsTimer();
}

void RulesEditor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateCountsTimer();
}

QString RulesEditor::summary() const
{
    const auto &list = m_model->rules();
    const auto on = std::count_if(list.cbegin(), list.cend(),
                                  [](const ResponseRule &rule) { return rule.enabled; });
    return on > 0 ? tr("Rules (%1)").arg(on) : tr("Rules");
}

int RulesEditor::currentRow() const
{
    const QModelIndex current = m_ui->rulesView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RulesEditor::addRule()
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    if (!m_model->insertRule(row))
        return;
    QTableView *view = m_ui->rulesView;
    const QModelIndex pattern = m_model->index(row, RulesTableModel::PatternColumn);
    view->setCurrentIndex(pattern);
    view->edit(pattern);
}

void RulesEditor::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    updateWidgets();
}

void RulesEditor::moveRule(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || !m_model->moveRule(row, to))
        return;
    QTableView *view = m_ui->rulesView;
    view->setCurrentIndex(m_model->index(to, view->currentIndex().column()));
    updateWidgets();
}

bool RulesEditor::importFile(const QString &path)
{
    // Read on this (the GUI) thread, so only a regular file: a FIFO without a writer would
    // block the window, a device would never end (the CLI's --rules may read pipes).
    if (!QFileInfo(path).isFile()) {
        emit problem(tr("%1 is not a regular file; no rules were imported.")
                         .arg(QDir::toNativeSeparators(path)),
                     true);
        return false;
    }
    QString error;
    const auto read = RulesJson::readFile(path, &error);
    if (!read) {
        emit problem(error, true);
        return false;
    }
    setRules(*read);
    emit rulesEdited();
    emit problem(tr("Imported %n rule(s) from %1.", nullptr, int(read->rules.size()))
                     .arg(QDir::toNativeSeparators(path)),
                 false);
    return true;
}

bool RulesEditor::exportFile(const QString &path)
{
    QString error;
    if (!RulesJson::writeFile(path, rules(), &error)) {
        emit problem(error, true);
        return false;
    }
    emit problem(tr("Saved %n rule(s) to %1.", nullptr, int(m_model->rowCount()))
                     .arg(QDir::toNativeSeparators(path)),
                 false);
    return true;
}

void RulesEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rules"), QString(),
                                                      tr("Rules (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void RulesEditor::chooseExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export rules"), QStringLiteral("rules.json"),
                                       tr("Rules (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void RulesEditor::onEdited()
{
    updateWidgets();
    if (m_loading)
        return;
    emit problem(firstProblem(), true);
    emit rulesEdited();
}

void RulesEditor::updateWidgets()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_ui->addRuleButton->setEnabled(count < ResponseRules::MaxRules);
    m_ui->removeRuleButton->setEnabled(row >= 0);
    m_ui->moveUpButton->setEnabled(row > 0);
    m_ui->moveDownButton->setEnabled(row >= 0 && row + 1 < count);
    const bool reply = m_ui->defaultCombo->currentIndex() == int(ResponseRules::Default::Reply);
    m_ui->defaultReplyEdit->setEnabled(reply);
    m_ui->defaultFormatCombo->setEnabled(reply);
}
