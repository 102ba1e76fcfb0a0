// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/responserule.h"

#include <QWidget>

#include <memory>
#include <optional>

class MessageLibraryDocument;
class QTimer;
class Responder;
class RulesTableModel;

namespace Ui {
class RulesEditor;
}

// The Rules tab of a server pane: the ordered rules table with Add, Remove, Move up/down,
// Import…/Export… (RulesJson files), and what happens when no rule matches. Compiles the rules
// for Start; while a compiled Responder runs, shows its fire counts, polled a few times a
// second and only while the tab is visible (never one signal per message).
class RulesEditor : public QWidget
{
    Q_OBJECT

public:
    // How often the Fired column is refreshed while shown: a few times a second is live enough.
    static constexpr int CountsIntervalMs = 250;

    explicit RulesEditor(QWidget *parent = nullptr);
    ~RulesEditor() override;

    ResponseRules rules() const;
    void setRules(const ResponseRules &rules);
    RulesTableModel *model() const { return m_model; }

    // Library messages can be picked as replies; null: none (a bare pane in a test).
    void setMessageLibrary(const MessageLibraryDocument *library);
    void setUdp(bool udp);

    // The rules ready for a session: null with *error empty when no rule is on and the default
    // does nothing (the session skips rules); null with one sentence in *error when a rule
    // cannot be used. fallback replaces a default of None: with rules on, the pane's Echo or
    // Auto-reply answers what no rule matches, as --echo and --reply do with the CLI's rules.
    std::shared_ptr<Responder> compile(QString *error,
                                       const std::optional<ResponseRules> &fallback = {});

    // The responder of the running session (null when stopped): its counts are shown.
    void setResponder(const std::shared_ptr<Responder> &responder);
    // Reads the counts now (the timer does so while visible).
    void refreshCounts();

    // "Rules (3)": how many rules are on, for the tab title.
    QString summary() const;

    // What Import… and Export… do once a file is chosen; false and a sentence (problem())
    // on failure, which leaves the rules as they were.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

signals:
    // The user changed a rule or the default (not setRules()).
    void rulesEdited();
    // One sentence for the pane's status line ("" when the rules look fine again).
    void problem(const QString &sentence, bool isError);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void chooseImport();
    void chooseExport();
    void onEdited();
    void updateWidgets();
    void updateCountsTimer();
    int currentRow() const;
    // The first problem of the table or of the default reply, "" when none.
    QString firstProblem() const;

    std::unique_ptr<Ui::RulesEditor> m_ui;
    RulesTableModel *m_model = nullptr;
    const MessageLibraryDocument *m_library = nullptr;
    std::shared_ptr<Responder> m_responder;
    QTimer *m_countsTimer = nullptr;
    bool m_loading = false; // setRules() fills the widgets: not the user's edit
};
