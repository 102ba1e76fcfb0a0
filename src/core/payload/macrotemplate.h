// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A message's bytes with placeholders, compiled once and rendered per send. Rendering runs on a
// session thread at up to 100,000 messages per second, so compile() does all the parsing and
// render() only appends prepared pieces.
//
// Syntax (placeholders are ASCII inside the message's bytes; names are lower case):
//   {{counter}}                      start + index * step in decimal; defaults start=0, step=1
//   {{counter:start=1,step=2,width=4}}  any of the options, in any order, comma separated;
//                                    width (0..20) pads with zeros ("0001"; "-001" if negative)
//   {{seq}}                          the step index within a sequence (0 outside one)
//   {{time}}                         local time at sending, HH:mm:ss.zzz ("14:03:07.250")
//   {{date}}                         local date at sending, yyyy-MM-dd ("2026-11-26")
//   {{unixms}}                       milliseconds since 1970-01-01 UTC, decimal
//   {{random:N}}                     N random bytes (1..65536), any value 0x00-0xFF
//   {{group:N}}, {{group:name}}      capture group N (0..99) or a named group of the match a
//                                    reply answers (render() with Captures); nothing otherwise
//   {{{{                             a literal "{{" (so "{{{{counter}}" sends "{{counter}}")
// A "{" directly before a placeholder stays literal ("{{{seq}}" sends "{0}"), and "}}" outside
// a placeholder is plain text. Spaces around names and options are allowed. An unknown name,
// a bad option or an unclosed "{{" is an error naming the 0-based byte position of its "{{".
class MacroTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MacroTemplate)

public:
    static constexpr int MaxRandomBytes = 65536;
    static constexpr int MaxWidth = 20;
    static constexpr int MaxGroup = 99;

    // What {{group:N}} and {{group:name}} render: the capture groups of the match that a reply
    // answers (a responder rule). groups[N] holds group N's bytes, 0 the whole match; names[N]
    // group N's name, empty when unnamed (as QRegularExpression::namedCaptureGroups() lists
    // them). A group that is missing or did not take part in the match renders as nothing.
    struct Captures
    {
        QList<QByteArray> groups;
        QStringList names;
    };

    // nullopt on a syntax error; *error gets one translated sentence, *errorPosition the byte
    // index of the offending "{{".
    static std::optional<MacroTemplate> compile(const QByteArray &source, QString *error,
                                                qsizetype *errorPosition = nullptr);

    // The bytes for the index-th send (0-based) at sequence step sequenceStep.
    QByteArray render(quint64 index, int sequenceStep = 0) const;
    void renderInto(QByteArray &out, quint64 index, int sequenceStep = 0) const;
    // The same with the capture groups that {{group:...}} placeholders take their bytes from.
    QByteArray render(quint64 index, int sequenceStep, const Captures &captures) const;
    void renderInto(QByteArray &out, quint64 index, int sequenceStep,
                    const Captures &captures) const;

    // True when the source holds no placeholder (only literals, "{{{{" included).
    bool isConstant() const;
    // True when the source holds a {{group:...}} placeholder.
    bool usesGroups() const { return m_usesGroups; }

private:
    enum class Kind : quint8 { Literal, Counter, Sequence, Time, Date, UnixMs, Random, Group };
    struct Segment
    {
        Kind kind = Kind::Literal;
        QByteArray literal; // the bytes of a literal, the name of a named group
        qint64 start = 0;
        qint64 step = 1;
        int width = 0; // counter padding, the byte count of random, a group's number (-1: named)
    };

    // Both render paths in one body; the one without captures compiles to the code it always
    // was (repeat sends at 100,000/s go through it).
    template<bool WithCaptures>
    void renderSegments(QByteArray &out, quint64 index, int sequenceStep,
                        const Captures *captures) const;

    QList<Segment> m_segments;
    qsizetype m_fixedSize = 0; // literal and random bytes: a reserve() hint
    bool m_needsClock = false;
    bool m_usesGroups = false;
};
