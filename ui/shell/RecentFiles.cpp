// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QLatin1String kKey("recentFiles");

QString absolute(const QString &fileName)
{
    return QFileInfo(fileName).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = absolute(fileName);
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    store(list.mid(0, kMaximum));
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList list = files();
    if (list.removeAll(absolute(fileName)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store(QStringList());
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, files);
    emit changed();
}
