// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/responserule.h"

#include <array>
#include <utility>

namespace {

// The names are part of the rules file format (RulesJson) and never translated or changed.
constexpr std::array matchNames = {std::pair {ResponseRule::Match::Exact, "exact"},
                                   std::pair {ResponseRule::Match::Prefix, "prefix"},
                                   std::pair {ResponseRule::Match::Suffix, "suffix"},
                                   std::pair {ResponseRule::Match::Contains, "contains"},
                                   std::pair {ResponseRule::Match::Regex, "regex"},
                                   std::pair {ResponseRule::Match::HexPattern, "hex"}};
constexpr std::array actionNames = {std::pair {ResponseRule::Action::Reply, "reply"},
                                    std::pair {ResponseRule::Action::Close, "close"},
                                    std::pair {ResponseRule::Action::Reset, "reset"},
                                    std::pair {ResponseRule::Action::Drop, "drop"}};
constexpr std::array defaultNames = {std::pair {ResponseRules::Default::None, "none"},
                                     std::pair {ResponseRules::Default::Echo, "echo"},
                                     std::pair {ResponseRules::Default::Reply, "reply"}};

template<typename Table, typename Value> QString nameIn(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template<typename Value, typename Table>
std::optional<Value> valueIn(const Table &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString ResponseRule::matchName(Match match)
{
    return nameIn(matchNames, match);
}

QString ResponseRule::actionName(Action action)
{
    return nameIn(actionNames, action);
}

std::optional<ResponseRule::Match> ResponseRule::matchFromName(const QString &name)
{
    return valueIn<Match>(matchNames, name);
}

std::optional<ResponseRule::Action> ResponseRule::actionFromName(const QString &name)
{
    return valueIn<Action>(actionNames, name);
}

bool ResponseRules::isInactive() const
{
    if (defaultAction != Default::None)
        return false;
    for (const ResponseRule &rule : rules) {
        if (rule.enabled)
            return false;
    }
    return true;
}

QString ResponseRules::defaultName(Default action)
{
    return nameIn(defaultNames, action);
}

std::optional<ResponseRules::Default> ResponseRules::defaultFromName(const QString &name)
{
    return valueIn<Default>(defaultNames, name);
}
