// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulestablemodel.h"

#include "payload/payloadcodec.h"
#include "rules/rulecheck.h"
#include "window/palettecolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

RulesTableModel::RulesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RulesTableModel::setRules(const QList<ResponseRule> &rules)
{
    beginResetModel();
    m_rules = rules.mid(0, ResponseRules::MaxRules);
    m_fired.clear();
    endResetModel();
}

bool RulesTableModel::insertRule(int row, const ResponseRule &rule)
{
    if (m_rules.size() >= ResponseRules::MaxRules) {
        emit editRefused(tr("A server holds at most %1 rules.").arg(ResponseRules::MaxRules));
        return false;
    }
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_rules.insert(row, rule);
    m_fired.clear(); // the counts no longer line up with the rows
    endInsertRows();
    emit dataChanged(index(0, FiredColumn), index(rowCount() - 1, FiredColumn));
    emit rulesEdited();
    return true;
}

bool RulesTableModel::moveRule(int from, int to)
{
    if (from < 0 || from >= m_rules.size() || to < 0 || to >= m_rules.size() || from == to)
        return false;
    return moveRows(QModelIndex(), from, 1, QModelIndex(), to > from ? to + 1 : to);
}

bool RulesTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rules.size() || destinationChild < 0 || destinationChild > m_rules.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild);
    m_rules.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    if (m_fired.size() > qMax(sourceRow, destinationChild - 1))
        m_fired.move(sourceRow,
                     destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    else
        m_fired.clear();
    endMoveRows();
    emit rulesEdited();
    return true;
}

bool RulesTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rules.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_rules.remove(row, count);
    if (m_fired.size() >= row + count)
        m_fired.remove(row, count);
    else
        m_fired.clear();
    endRemoveRows();
    emit rulesEdited();
    return true;
}

void RulesTableModel::setUdp(bool udp)
{
    if (m_udp == udp)
        return;
    m_udp = udp;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RulesTableModel::setLibrary(const LibraryFunction &library)
{
    m_library = library;
    refreshMessages();
}

void RulesTableModel::refreshMessages()
{
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, ReplyColumn), index(rowCount() - 1, ReplyColumn));
}

void RulesTableModel::setFireCounts(const QList<quint64> &counts)
{
    // Counts that do not line up with the rows (an edit since Start) are not shown at all.
    const QList<quint64> next = counts.size() == m_rules.size() ? counts : QList<quint64>();
    if (next == m_fired)
        return;
    m_fired = next;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, FiredColumn), index(rowCount() - 1, FiredColumn),
                         {Qt::DisplayRole});
}

QList<ResponseRule::Match> RulesTableModel::matches()
{
    using M = ResponseRule::Match;
    return {M::Exact, M::Prefix, M::Suffix, M::Contains, M::Regex, M::HexPattern};
}

QList<RulesTableModel::ActionChoice> RulesTableModel::actionChoices()
{
    using A = ActionChoice;
    return {A::ReplyText, A::ReplyHex, A::ReplyMessage, A::Close, A::Reset, A::Drop};
}

QString RulesTableModel::matchText(ResponseRule::Match match)
{
    switch (match) {
    case ResponseRule::Match::Exact:
        return tr("Exact");
    case ResponseRule::Match::Prefix:
        return tr("Starts with");
    case ResponseRule::Match::Suffix:
        return tr("Ends with");
    case ResponseRule::Match::Contains:
        return tr("Contains");
    case ResponseRule::Match::Regex:
        return tr("Regex");
    case ResponseRule::Match::HexPattern:
        return tr("Hex pattern");
    }
    return QString();
}

QString RulesTableModel::actionText(ActionChoice choice)
{
    switch (choice) {
    case ActionChoice::ReplyText:
        return tr("Reply text");
    case ActionChoice::ReplyHex:
        return tr("Reply hex");
    case ActionChoice::ReplyMessage:
        return tr("Reply message");
    case ActionChoice::Close:
        return tr("Close");
    case ActionChoice::Reset:
        return tr("Reset");
    case ActionChoice::Drop:
        return tr("Drop");
    }
    return QString();
}

RulesTableModel::ActionChoice RulesTableModel::choiceOf(const ResponseRule &rule)
{
    switch (rule.action) {
    case ResponseRule::Action::Reply:
        if (!rule.replyMessageId.isEmpty())
            return ActionChoice::ReplyMessage;
        return rule.replyFormat == PayloadCodec::Format::Hex ? ActionChoice::ReplyHex
                                                             : ActionChoice::ReplyText;
    case ResponseRule::Action::Close:
        return ActionChoice::Close;
    case ResponseRule::Action::Reset:
        return ActionChoice::Reset;
    case ResponseRule::Action::Drop:
        return ActionChoice::Drop;
    }
    return ActionChoice::ReplyText;
}

bool RulesTableModel::appliesHere(const ResponseRule &rule) const
{
    return !m_udp
        || (rule.action != ResponseRule::Action::Close
            && rule.action != ResponseRule::Action::Reset);
}

int RulesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RulesTableModel::replyText(const ResponseRule &rule) const
{
    if (rule.action != ResponseRule::Action::Reply)
        return QString();
    if (rule.replyMessageId.isEmpty())
        return rule.reply;
    const MessageLibrary *lib = library();
    const auto message = lib ? lib->message(rule.replyMessageId) : std::nullopt;
    //: a reply that names a library message: %1 is its folder/name
    return message ? tr("Message: %1").arg(MessageLibrary::pathOf(*message))
                   : tr("Message not in the library");
}

QString RulesTableModel::problemAt(int row, int column) const
{
    const ResponseRule &rule = m_rules.at(row);
    if (column == PatternColumn)
        return RuleCheck::patternProblem(rule);
    if (column == ReplyColumn) {
        if (rule.action == ResponseRule::Action::Reply && !rule.replyMessageId.isEmpty()) {
            const MessageLibrary *lib = library();
            if (!lib || !lib->message(rule.replyMessageId))
                return tr("The library message this rule replies with no longer exists; pick "
                          "another one.");
            return QString();
        }
        return RuleCheck::replyProblem(rule);
    }
    return QString();
}

QString RulesTableModel::firstProblem() const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (!m_rules.at(row).enabled)
            continue;
        for (int column : {PatternColumn, ReplyColumn}) {
            const QString problem = problemAt(row, column);
            if (!problem.isEmpty())
                //: %1 is the 1-based rule number, %2 the sentence about it
                return tr("Rule %1: %2").arg(row + 1).arg(problem);
        }
    }
    return QString();
}

QString RulesTableModel::tooltipAt(int row, int column) const
{
    const QString problem = problemAt(row, column);
    if (!problem.isEmpty())
        return problem;
    const ResponseRule &rule = m_rules.at(row);
    // Narrow cells elide: the tool tip shows the whole value above the help.
    const QString value = column == PatternColumn ? rule.pattern
        : column == ReplyColumn                   ? replyText(rule)
        : column == CommentColumn                 ? rule.comment
                                                  : QString();
    const QString help = helpAt(rule, column);
    if (value.isEmpty() || help.isEmpty())
        return value.isEmpty() ? help : value;
    return value.toHtmlEscaped() + QStringLiteral("<br><br>") + help.toHtmlEscaped();
}

QString RulesTableModel::helpAt(const ResponseRule &rule, int column) const
{
    switch (column) {
    case OnColumn:
        return tr("Only rules that are on are tried, top to bottom; the first that matches "
                  "fires.");
    case PatternColumn:
        switch (rule.match) {
        case ResponseRule::Match::Regex:
            return tr("A regular expression searched in the message read as UTF-8; its groups "
                      "go into the reply as {{group:1}}, {{group:name}}.");
        case ResponseRule::Match::HexPattern:
            return tr("Hex bytes; ?? stands for any one byte and * for any run: 02 ?? 10 *.");
        default:
            return tr("Text with escapes (\\r \\n \\t \\\\ \\0 \\xHH).");
        }
    case ActionColumn:
        if (!appliesHere(rule))
            return tr("UDP has no connection to close or reset: for a UDP server this rule "
                      "stops the search and sends nothing.");
        return tr("What the server does when this rule matches; Drop sends nothing and stops "
                  "looking at further rules.");
    case ReplyColumn:
        switch (choiceOf(rule)) {
        case ActionChoice::ReplyText:
            return tr("Text with escapes; placeholders such as {{group:0}} (the matched text), "
                      "{{counter}} and {{time}} are filled in.");
        case ActionChoice::ReplyHex:
            return tr("Hex bytes such as 06 0d 0a; placeholders such as {{group:1}} are "
                      "filled in.");
        case ActionChoice::ReplyMessage:
            return tr("A message of the Messages library, sent with its own line ending, "
                      "checksum and macros.");
        default:
            return tr("This action sends no reply.");
        }
    case DelayColumn:
        return tr("How long the action waits after the message arrived.");
    case FiredColumn:
        return tr("How often this rule fired since the server started.");
    default:
        return QString();
    }
}

QVariant RulesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return QVariant();
    const ResponseRule &rule = m_rules.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::CheckStateRole:
        return column == OnColumn ? QVariant(rule.enabled ? Qt::Checked : Qt::Unchecked)
                                  : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case MatchColumn:
            return matchText(rule.match);
        case PatternColumn:
            return rule.pattern;
        case ActionColumn:
            return actionText(choiceOf(rule));
        case ReplyColumn:
            return role == Qt::EditRole && rule.replyMessageId.isEmpty() ? rule.reply
                                                                         : replyText(rule);
        case DelayColumn:
            return role == Qt::EditRole ? QVariant(rule.delayMs)
                : rule.delayMs > 0      ? QVariant(tr("%1 ms").arg(rule.delayMs))
                                        : QVariant();
        case FiredColumn:
            return index.row() < m_fired.size() ? QVariant(QString::number(m_fired.at(index.row())))
                                                : QVariant();
        case CommentColumn:
            return rule.comment;
        default:
            return QVariant();
        }
    case RawRole:
        switch (column) {
        case MatchColumn:
            return int(rule.match);
        case ActionColumn:
            return int(choiceOf(rule));
        case ReplyColumn:
            return rule.replyMessageId;
        case FiredColumn:
            return index.row() < m_fired.size() ? QVariant(m_fired.at(index.row())) : QVariant();
        default:
            return QVariant();
        }
    case ProblemRole:
        return problemAt(index.row(), column);
    case Qt::ToolTipRole:
        return tooltipAt(index.row(), column);
    case Qt::BackgroundRole:
        if (!problemAt(index.row(), column).isEmpty())
            return QBrush(PaletteColors::errorBackground(QGuiApplication::palette()));
        return QVariant();
    case Qt::ForegroundRole:
        if (!rule.enabled || (column == ActionColumn && !appliesHere(rule)))
            return QBrush(PaletteColors::mutedText(QGuiApplication::palette()));
        return QVariant();
    case Qt::FontRole:
        if (column == ActionColumn && !appliesHere(rule)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == DelayColumn || column == FiredColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole && section == FiredColumn)
        return tr("How often each rule fired since the server started (refreshed a few times "
                  "a second while the rules are shown).");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case OnColumn:
        return tr("On");
    case MatchColumn:
        return tr("Match");
    case PatternColumn:
        return tr("Pattern");
    case ActionColumn:
        return tr("Action");
    case ReplyColumn:
        return tr("Reply");
    case DelayColumn:
        return tr("Delay");
    case FiredColumn:
        return tr("Fired");
    case CommentColumn:
        return tr("Comment");
    default:
        return QVariant();
    }
}

Qt::ItemFlags RulesTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ResponseRule &rule = m_rules.at(index.row());
    switch (index.column()) {
    case OnColumn:
        return flags | Qt::ItemIsUserCheckable;
    case FiredColumn:
        return flags;
    case ReplyColumn:
        return rule.action == ResponseRule::Action::Reply ? flags | Qt::ItemIsEditable : flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

bool RulesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return false;
    ResponseRule next = m_rules.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == OnColumn) {
        next.enabled = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        switch (column) {
        case MatchColumn: {
            const int raw = value.toInt();
            if (raw < 0 || raw > int(ResponseRule::Match::HexPattern))
                return false;
            next.match = ResponseRule::Match(raw);
            break;
        }
        case PatternColumn:
            next.pattern = value.toString();
            break;
        case ActionColumn: {
            const int raw = value.toInt();
            if (raw < 0 || raw > int(ActionChoice::Drop))
                return false;
            const auto choice = ActionChoice(raw);
            switch (choice) {
            case ActionChoice::ReplyText:
            case ActionChoice::ReplyHex:
                next.action = ResponseRule::Action::Reply;
                next.replyMessageId.clear();
                next.replyFormat = choice == ActionChoice::ReplyHex ? PayloadCodec::Format::Hex
                                                                    : PayloadCodec::Format::Text;
                break;
            case ActionChoice::ReplyMessage:
                if (next.replyMessageId.isEmpty()) {
                    const MessageLibrary *lib = library();
                    if (!lib || lib->isEmpty()) {
                        emit editRefused(tr("The Messages library is empty: save a message "
                                            "there first, then pick it as the reply."));
                        return false;
                    }
                    next.replyMessageId = lib->at(0).id;
                }
                next.action = ResponseRule::Action::Reply;
                break;
            case ActionChoice::Close:
                next.action = ResponseRule::Action::Close;
                break;
            case ActionChoice::Reset:
                next.action = ResponseRule::Action::Reset;
                break;
            case ActionChoice::Drop:
                next.action = ResponseRule::Action::Drop;
                break;
            }
            break;
        }
        case ReplyColumn:
            if (next.action != ResponseRule::Action::Reply)
                return false;
            if (choiceOf(next) == ActionChoice::ReplyMessage)
                next.replyMessageId = value.toString();
            else
                next.reply = value.toString();
            break;
        case DelayColumn: {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (!ok)
                return false;
            next.delayMs = qBound(0, ms, ResponseRule::MaxDelayMs);
            break;
        }
        case CommentColumn:
            next.comment = value.toString();
            break;
        default:
            return false;
        }
    }
    if (next == m_rules.at(index.row()))
        return true;
    m_rules[index.row()] = next;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit rulesEdited();
    return true;
}
