// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "call/MatchRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString wanted(const QStringList &values)
{
    return values.size() == 1 ? MatchRules::tr("wanted %1").arg(values.first())
                              : MatchRules::tr("wanted one of: %1").arg(values.join(QLatin1String(", ")));
}

} // namespace

MatchRules::MatchRules(const QStringList &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString &entry = entries.at(i);
        const QString where = QStringLiteral("matches[") + QString::number(i) + QLatin1Char(']');
        QString key;
        QString value;
        if (!TagMap::parsePair(entry, &key, &value)) {
            m_errors.append(tr("%1: \"%2\" has no key").arg(where, entry));
            continue;
        }
        if (value.isEmpty() && entry.contains(QLatin1Char(':'))) {
            m_errors.append(tr("%1: \"%2\" has nothing after the colon; write \"%3\" to require only the key")
                                .arg(where, entry, key));
            continue;
        }

        auto rule = std::find_if(m_rules.begin(), m_rules.end(),
                                 [&](const Rule &r) { return r.key.compare(key, Qt::CaseInsensitive) == 0; });
        if (rule == m_rules.end())
            rule = m_rules.insert(m_rules.end(), Rule{key, {}});
        if (!value.isEmpty() && !rule->values.contains(value, Qt::CaseInsensitive))
            rule->values.append(value);
    }
}

MatchVerdict MatchRules::evaluate(const TagMap &tags) const
{
    if (!m_errors.isEmpty())
        return {false, tr("skipped: the matches are invalid: %1").arg(m_errors.first())};
    if (m_rules.isEmpty())
        return {true, tr("fires: no matches, so it fires on every call")};

    QStringList held;
    for (const Rule &rule : m_rules) {
        if (!tags.contains(rule.key)) {
            if (rule.values.isEmpty())
                return {false, tr("skipped: tag %1 is missing").arg(rule.key)};
            return {false, tr("skipped: tag %1 is missing, %2").arg(rule.key, wanted(rule.values))};
        }
        if (rule.values.isEmpty()) {
            held.append(tr("tag %1 is present").arg(rule.key));
            continue;
        }

        QStringList callValues;
        QString matched;
        for (const QString &value : tags.values(rule.key)) {
            const QString trimmed = value.trimmed();
            if (trimmed.isEmpty())
                continue;
            callValues.append(trimmed);
            if (matched.isEmpty() && rule.values.contains(trimmed, Qt::CaseInsensitive))
                matched = trimmed;
        }
        if (matched.isEmpty()) {
            if (callValues.isEmpty())
                return {false, tr("skipped: %1 has no value, %2").arg(rule.key, wanted(rule.values))};
            return {
                false,
                tr("skipped: %1 is %2, %3").arg(rule.key, callValues.join(QLatin1String(", ")), wanted(rule.values))};
        }
        held.append(tr("%1 is %2").arg(rule.key, matched));
    }
    return {true, tr("fires: %1").arg(held.join(tr(" and ")))};
}
