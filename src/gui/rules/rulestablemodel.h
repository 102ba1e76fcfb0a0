// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/messagelibrary.h"
#include "rules/responserule.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// A server's response rules as an ordered, editable table: one row per rule, first match
// wins. Holds the ResponseRules value the pane compiles at Start; each edited cell is checked
// at once (RuleCheck) and a bad one keeps what was typed, marked with the sentence in its tool
// tip. The Fired column shows the counts the running Responder reports.
class RulesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OnColumn,
        MatchColumn,
        PatternColumn,
        ActionColumn,
        ReplyColumn,
        DelayColumn,
        FiredColumn,
        CommentColumn,
        ColumnCount
    };
    // What the Action column offers: a rule's action and the form of its reply in one choice.
    enum class ActionChoice { ReplyText, ReplyHex, ReplyMessage, Close, Reset, Drop };
    // Qt::UserRole: the raw value an editor starts from (an enum as int, the message id).
    static constexpr int RawRole = Qt::UserRole;
    // A cell's problem sentence ("" when none).
    static constexpr int ProblemRole = Qt::UserRole + 1;

    // The Messages library the Reply column names messages from (null: none yet).
    using LibraryFunction = std::function<const MessageLibrary *()>;

    explicit RulesTableModel(QObject *parent = nullptr);

    const QList<ResponseRule> &rules() const { return m_rules; }
    void setRules(const QList<ResponseRule> &rules);
    const ResponseRule &rule(int row) const { return m_rules.at(row); }

    // Inserts a new rule at row (clamped); false when MaxRules are already there.
    bool insertRule(int row, const ResponseRule &rule = ResponseRule());
    bool moveRule(int from, int to);

    // UDP servers have no connection: Close and Reset are shown as doing nothing.
    void setUdp(bool udp);
    bool isUdp() const { return m_udp; }
    // Names library messages in the Reply column; without one, ids are shown as unknown.
    void setLibrary(const LibraryFunction &library);
    const MessageLibrary *library() const { return m_library ? m_library() : nullptr; }
    // The library changed: message names in the Reply column are shown again.
    void refreshMessages();
    // The running responder's counts, in rule order; empty: none known (shown as blank).
    void setFireCounts(const QList<quint64> &counts);
    const QList<quint64> &fireCounts() const { return m_fired; }

    // The first problem of any cell as "Rule N: sentence", "" when every cell looks fine.
    QString firstProblem() const;

    static QString matchText(ResponseRule::Match match);
    static QString actionText(ActionChoice choice);
    static ActionChoice choiceOf(const ResponseRule &rule);
    static QList<ResponseRule::Match> matches();
    static QList<ActionChoice> actionChoices();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    // A rule was added, removed, moved or changed by the user (not by setRules/counts).
    void rulesEdited();
    // setData refused a value; sentence says why (the library is empty, ...).
    void editRefused(const QString &sentence);

private:
    QString problemAt(int row, int column) const;
    QString replyText(const ResponseRule &rule) const;
    QString tooltipAt(int row, int column) const;
    QString helpAt(const ResponseRule &rule, int column) const;
    bool appliesHere(const ResponseRule &rule) const;

    QList<ResponseRule> m_rules;
    QList<quint64> m_fired;
    LibraryFunction m_library;
    bool m_udp = false;
};
