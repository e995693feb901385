// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TagMap.h"

#include <QJsonObject>
#include <QStringList>

// An affiliate / traffic source. Its data-writing postback URL is built from postbackKey and
// postbackFields: .../data_writing?key=KEY&caller_number=CALLER_NUMBER&FIELD=FIELD...
struct Publisher
{
    QString sourceId; // the call's source_id tag
    QString name;
    QString postbackKey;
    QStringList postbackFields;
    TagMap tags;
    QJsonObject unknownFields;

    bool operator==(const Publisher &o) const
    {
        return sourceId == o.sourceId && name == o.name && postbackKey == o.postbackKey
               && postbackFields == o.postbackFields && tags == o.tags && unknownFields == o.unknownFields;
    }
};
