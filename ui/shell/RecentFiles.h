// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

// The workspaces the user opened or saved last, newest first, kept in QSettings so that every
// window and the next session see the same list.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Moves the file to the top (stored as an absolute path), dropping the oldest past kMaximum.
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};
