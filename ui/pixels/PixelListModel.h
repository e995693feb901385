// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/FiredPixel.h"

#include <QAbstractTableModel>

// One call's pixels in firing order: webhook, trigger, fired or skipped, the final status, the
// time its requests took and the tags its response applied. Secret tag values are masked
// unless setSecretsShown(true), following the detail view's toggle.
class PixelListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PixelListModel)

public:
    enum Column
    {
        Sequence,
        Webhook,
        Trigger,
        Result,
        Status,
        Time,
        Tags,
        ColumnCount
    };

    explicit PixelListModel(QObject *parent = nullptr);

    void setPixels(const QList<FiredPixel> &pixels);
    const QList<FiredPixel> &pixels() const { return m_pixels; }
    const FiredPixel &pixel(int row) const { return m_pixels.at(row); }
    // -1 when no pixel has that sequence number.
    int rowOf(int sequence) const;

    void setSecretsShown(bool shown);
    bool secretsShown() const { return m_secretsShown; }

    // The time the pixel's requests took, ms; -1 when nothing was sent.
    static double pixelTime(const FiredPixel &pixel);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString tagsText(const FiredPixel &pixel) const;

    QList<FiredPixel> m_pixels;
    bool m_secretsShown = false;
};
