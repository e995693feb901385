// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HarInfoCommand.h"

#include "ExitCode.h"
#include "SubcommandLine.h"
#include "record/HarReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace {

QString milliseconds(double ms)
{
    return HarInfoCommand::tr("%1 ms").arg(QString::number(ms, 'f', 1));
}

QString creatorText(const HarCreator &creator)
{
    return creator.version.isEmpty() ? creator.name : creator.name + QLatin1Char(' ') + creator.version;
}

struct PageTotals
{
    int entries = 0;
    int failed = 0;
    double time = 0;
};

// From the first entry's start to the last entry's end; -1 when no entry has a start time.
double wallClockMs(const QList<HarEntry> &entries)
{
    qint64 first = 0;
    double last = 0;
    bool any = false;
    for (const HarEntry &entry : entries) {
        if (!entry.exchange.startedAt.isValid())
            continue;
        const qint64 start = entry.exchange.startedAt.toMSecsSinceEpoch();
        if (!any || start < first)
            first = start;
        last = any ? std::max(last, double(start) + entry.time) : double(start) + entry.time;
        any = true;
    }
    return any ? last - double(first) : -1;
}
} // namespace

int HarInfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(QStringLiteral("har-info"),
                        tr("Summarises a HAR file from this app, Chrome or Firefox: creator, pages, "
                           "entries, statuses, failed entries and total time."),
                        {QStringLiteral("file"), tr("The HAR file."), QStringLiteral("FILE.har"),
                         tr("missing the HAR file (usage: har-info FILE.har)"), tr("expected one HAR file, got %1")});
    if (const auto exit = line.parse(arguments, out, err))
        return *exit;

    const QString path = line.positional();
    HarLog log;
    QString error;
    if (!HarReader::readFile(path, &log, &error)) {
        err << "har-info: " << QFileInfo(path).fileName() << ": " << error << '\n';
        return ExitBadInput;
    }

    QMap<int, int> statuses; // by status; failed entries are counted apart
    int failed = 0;
    double totalTime = 0;
    QMap<QString, PageTotals> pages;
    for (const HarEntry &entry : std::as_const(log.entries)) {
        PageTotals &page = pages[entry.pageRef];
        ++page.entries;
        page.time += entry.time;
        totalTime += entry.time;
        if (entry.failed()) {
            ++failed;
            ++page.failed;
        } else {
            ++statuses[entry.exchange.status];
        }
    }

    out << tr("File:       %1").arg(QFileInfo(path).fileName()) << '\n';
    out << tr("Creator:    %1").arg(creatorText(log.creator)) << '\n';
    if (!log.browser.name.isEmpty())
        out << tr("Browser:    %1").arg(creatorText(log.browser)) << '\n';
    out << tr("HAR:        %1").arg(log.version) << '\n';
    out << tr("Pages:      %1").arg(log.pages.size()) << '\n';
    out << tr("Entries:    %1 (%2 failed)").arg(log.entries.size()).arg(failed) << '\n';

    QStringList statusParts;
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        statusParts.append(tr("%1 x%2").arg(it.key()).arg(it.value()));
    if (failed > 0)
        statusParts.append(tr("no response x%1").arg(failed));
    out << tr("Statuses:   %1").arg(statusParts.isEmpty() ? tr("none") : statusParts.join(QStringLiteral(", ")))
        << '\n';

    const double wallClock = wallClockMs(log.entries);
    out << tr("Total time: %1 (sum of entry times)").arg(milliseconds(totalTime));
    if (wallClock >= 0)
        out << tr(", %1 wall clock").arg(milliseconds(wallClock));
    out << '\n';

    if (failed > 0) {
        out << tr("Failed entries:") << '\n';
        for (qsizetype i = 0; i < log.entries.size(); ++i) {
            const HarEntry &entry = log.entries.at(i);
            if (!entry.failed())
                continue;
            const QString what =
                entry.exchange.error.isEmpty() ? HarOutcome::name(entry.exchange.outcome) : entry.exchange.error;
            out << "  "
                << tr("#%1 %2 %3: %4").arg(i).arg(entry.exchange.request.method, entry.exchange.request.url, what)
                << '\n';
        }
    }

    if (!log.entries.isEmpty() || !log.pages.isEmpty()) {
        out << tr("Per page:") << '\n';
        const auto printPage = [&out](const QString &label, const PageTotals &totals) {
            const QString entries = totals.entries == 1 ? tr("1 entry") : tr("%1 entries").arg(totals.entries);
            out << "  "
                << tr("%1: %2, %3 failed, %4").arg(label, entries).arg(totals.failed).arg(milliseconds(totals.time))
                << '\n';
        };
        for (const HarPage &page : std::as_const(log.pages)) {
            printPage(page.title.isEmpty() || page.title == page.id ? page.id
                                                                    : tr("%1 \"%2\"").arg(page.id, page.title),
                      pages.take(page.id));
        }
        // Entries whose pageref names no page, then those with none.
        const PageTotals loose = pages.take(QString());
        for (auto it = pages.constBegin(); it != pages.constEnd(); ++it)
            printPage(tr("%1 (not in log.pages)").arg(it.key()), it.value());
        if (loose.entries > 0)
            printPage(tr("(no page)"), loose);
    }
    return ExitSuccess;
}
