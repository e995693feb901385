// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Trigger.h"

#include <QCoreApplication>

namespace {
struct TriggerInfo
{
    Trigger trigger;
    const char *name;
    const char *label;
    const char *description;
};

// clang-format off
const TriggerInfo kTriggers[] = {
    {Trigger::DataAppending, "data_appending", QT_TRANSLATE_NOOP("Triggers", "Data-appending ping"),
     QT_TRANSLATE_NOOP("Triggers", "First of all, one after another; each response's tags are applied before anything else fires.")},
    {Trigger::Start, "start", QT_TRANSLATE_NOOP("Triggers", "Start"),
     QT_TRANSLATE_NOOP("Triggers", "As soon as the call is received, together with pass-through pings.")},
    {Trigger::PassThrough, "pass_through", QT_TRANSLATE_NOOP("Triggers", "Pass-through ping"),
     QT_TRANSLATE_NOOP("Triggers", "At the start of the call, together with start pings (RTB profit checks).")},
    {Trigger::Selected, "selected", QT_TRANSLATE_NOOP("Triggers", "Selected"),
     QT_TRANSLATE_NOOP("Triggers", "Each time a buyer is selected for routing; may fire for buyers that never take the call.")},
    {Trigger::Answered, "answered", QT_TRANSLATE_NOOP("Triggers", "Answered"),
     QT_TRANSLATE_NOOP("Triggers", "When the selected buyer answers the call.")},
    {Trigger::Timer, "timer", QT_TRANSLATE_NOOP("Triggers", "Timer"),
     QT_TRANSLATE_NOOP("Triggers", "When the call reaches the webhook's timer threshold, in seconds.")},
    {Trigger::Postback, "postback", QT_TRANSLATE_NOOP("Triggers", "Postback"),
     QT_TRANSLATE_NOOP("Triggers", "Each time a postback arrives, after its payload's tags are applied.")},
    {Trigger::Connect, "connect", QT_TRANSLATE_NOOP("Triggers", "Connect"),
     QT_TRANSLATE_NOOP("Triggers", "At the end of the call, if it connected to a buyer.")},
    {Trigger::Conversion, "conversion", QT_TRANSLATE_NOOP("Triggers", "Conversion"),
     QT_TRANSLATE_NOOP("Triggers", "At the end of the call, if it met the campaign's conversion criteria.")},
    {Trigger::NonConversion, "non_conversion", QT_TRANSLATE_NOOP("Triggers", "Non-conversion"),
     QT_TRANSLATE_NOOP("Triggers", "At the end of the call, if it did not meet the conversion criteria.")},
    {Trigger::Always, "always", QT_TRANSLATE_NOOP("Triggers", "Always"),
     QT_TRANSLATE_NOOP("Triggers", "At the end of every call, after every other webhook.")},
};
// clang-format on

const TriggerInfo &info(Trigger trigger)
{
    return kTriggers[static_cast<int>(trigger)];
}
} // namespace

namespace Triggers {

QList<Trigger> all()
{
    QList<Trigger> result;
    for (const TriggerInfo &entry : kTriggers)
        result.append(entry.trigger);
    return result;
}

QString name(Trigger trigger)
{
    return QString::fromLatin1(info(trigger).name);
}

bool fromName(const QString &name, Trigger *trigger)
{
    for (const TriggerInfo &entry : kTriggers) {
        if (name == QLatin1String(entry.name)) {
            *trigger = entry.trigger;
            return true;
        }
    }
    return false;
}

QString allNames()
{
    QStringList names;
    for (const TriggerInfo &entry : kTriggers)
        names.append(QString::fromLatin1(entry.name));
    return names.join(QStringLiteral(", "));
}

QString label(Trigger trigger)
{
    return QCoreApplication::translate("Triggers", info(trigger).label);
}

QString description(Trigger trigger)
{
    return QCoreApplication::translate("Triggers", info(trigger).description);
}

} // namespace Triggers
