// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testfire/StepListModel.h"

#include "common/StatePalette.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QTimerEvent>

namespace {

constexpr int kTickMs = 100;

QString outcomeError(Exchange::Outcome outcome)
{
    switch (outcome) {
    case Exchange::Outcome::TimedOut:
        return StepListModel::tr("timed out");
    case Exchange::Outcome::ConnectionRefused:
        return StepListModel::tr("connection refused");
    case Exchange::Outcome::HostNotFound:
        return StepListModel::tr("host not found");
    case Exchange::Outcome::TlsError:
        return StepListModel::tr("TLS error");
    case Exchange::Outcome::Cancelled:
        return StepListModel::tr("cancelled");
    case Exchange::Outcome::TooManyRedirects:
        return StepListModel::tr("too many redirects");
    case Exchange::Outcome::InsecureRedirect:
        return StepListModel::tr("insecure redirect");
    case Exchange::Outcome::NetworkError:
        return StepListModel::tr("network error");
    case Exchange::Outcome::Response:
    case Exchange::Outcome::Simulated:
        break;
    }
    return QString();
}

QString durationText(double ms)
{
    if (ms < 1000)
        return StepListModel::tr("%1 ms").arg(qRound(ms));
    return StepListModel::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

StepListModel::StepListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StepListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    updateTicker();
}

void StepListModel::setStep(int index, const StepResult &step, State state)
{
    Q_ASSERT(index >= 0 && index <= m_rows.size());
    if (index == m_rows.size()) {
        beginInsertRows(QModelIndex(), index, index);
        Row row;
        row.step = step;
        row.state = state;
        if (state == State::Sending)
            row.clock.start();
        m_rows.append(row);
        endInsertRows();
    } else {
        Row &row = m_rows[index];
        if (row.state == State::Sending && state == State::Finished)
            row.elapsedMs = row.clock.elapsed();
        else if (state == State::Sending && !row.clock.isValid())
            row.clock.start();
        row.step = step;
        row.state = state;
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    }
    updateTicker();
}

void StepListModel::setBuyerNames(const QHash<QString, QString> &names)
{
    m_buyerNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Buyer), index(int(m_rows.size()) - 1, Buyer));
}

int StepListModel::sendingCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.state == State::Sending ? 1 : 0;
    return count;
}

QString StepListModel::statusText(const StepResult &step)
{
    const Exchange *last = step.finalExchange();
    if (!last)
        return QString();
    if (last->outcome == Exchange::Outcome::Simulated)
        return tr("%1 (simulated)").arg(last->status);
    if (last->outcome == Exchange::Outcome::Response)
        return last->statusText.isEmpty() ? QString::number(last->status)
                                          : QString::number(last->status) + QLatin1Char(' ') + last->statusText;
    return outcomeError(last->outcome);
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool sending = row.state == State::Sending;
    const Outcome outcome = Outcomes::of(row.step);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case OutcomeRole:
        return sending ? -1 : int(outcome);
    case StatusCodeRole: {
        const Exchange *last = row.step.finalExchange();
        return last && last->hasResponse() ? last->status : 0;
    }
    case Qt::DecorationRole:
        if (index.column() != Result)
            return {};
        if (sending)
            return QIcon(QStringLiteral(":/icons/step-sending.svg"));
        switch (outcome) {
        case Outcome::Fired:
            return QIcon(QStringLiteral(":/icons/step-ok.svg"));
        case Outcome::Failed:
        case Outcome::NotSent:
            return QIcon(QStringLiteral(":/icons/step-failed.svg"));
        case Outcome::Cancelled:
            return QIcon(QStringLiteral(":/icons/step-cancelled.svg"));
        case Outcome::Skipped:
            return QIcon(QStringLiteral(":/icons/step-skipped.svg"));
        }
        return {};
    case Qt::ForegroundRole:
        // Skipped rows recede; a failed status stands out.
        if (sending)
            return index.column() == Result || index.column() == Time
                       ? QVariant(StatePalette().foreground(StatePalette::State::Info))
                       : QVariant();
        if (outcome == Outcome::Skipped || outcome == Outcome::Cancelled)
            return StatePalette::muted(QGuiApplication::palette());
        if (index.column() == Status && (outcome == Outcome::Failed || outcome == Outcome::NotSent))
            return StatePalette().foreground(StatePalette::State::Error);
        return {};
    case Qt::FontRole:
        if (sending && index.column() == Result) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Time)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant StepListModel::displayData(int rowIndex, int column) const
{
    const Row &row = m_rows.at(rowIndex);
    const StepResult &step = row.step;
    switch (column) {
    case TriggerColumn:
        if ((step.trigger == Trigger::Timer || step.trigger == Trigger::Postback) && step.second >= 0)
            return tr("%1 at %2 s").arg(Triggers::label(step.trigger)).arg(step.second);
        return Triggers::label(step.trigger);
    case Webhook:
        return step.webhookName;
    case Buyer:
        return m_buyerNames.value(step.buyerId, step.buyerId);
    case Result:
        return row.state == State::Sending ? tr("sending...") : Outcomes::label(Outcomes::of(step));
    case Status:
        return row.state == State::Sending ? QString() : statusText(step);
    case Time:
        return timeText(row);
    case TagsApplied:
        return step.tagsApplied.join(QStringLiteral(", "));
    case Reason:
        return step.reason;
    default:
        return {};
    }
}

QString StepListModel::timeText(const Row &row) const
{
    if (row.state == State::Sending)
        return durationText(double(row.clock.elapsed()));
    if (row.step.exchanges.isEmpty())
        return QString();
    if (row.step.exchanges.constLast().outcome == Exchange::Outcome::Simulated)
        return QStringLiteral("—");
    double total = 0;
    for (const Exchange &exchange : row.step.exchanges)
        total += exchange.timings.total();
    // A request that never got a response has no phases; the wall clock still says how long.
    if (total <= 0 && row.elapsedMs >= 0)
        total = double(row.elapsedMs);
    return durationText(total);
}

QString StepListModel::toolTip(const Row &row) const
{
    const StepResult &step = row.step;
    QStringList lines;
    if (!step.request.url.isEmpty())
        lines.append(step.request.method + QLatin1Char(' ') + step.request.url);
    if (!step.reason.isEmpty())
        lines.append(step.reason);
    for (const QString &error : step.errors)
        lines.append(tr("Error: %1").arg(error));
    for (const QString &note : step.notes)
        lines.append(tr("Note: %1").arg(note));
    if (const Exchange *last = step.finalExchange(); last && !last->error.isEmpty())
        lines.append(last->error);
    return lines.join(QLatin1Char('\n'));
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TriggerColumn:
        return tr("Trigger");
    case Webhook:
        return tr("Webhook");
    case Buyer:
        return tr("Buyer");
    case Result:
        return tr("Result");
    case Status:
        return tr("Status");
    case Time:
        return tr("Time");
    case TagsApplied:
        return tr("Tags applied");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

void StepListModel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_ticker.timerId()) {
        QAbstractTableModel::timerEvent(event);
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Sending)
            emit dataChanged(index(i, Time), index(i, Time), {Qt::DisplayRole});
    }
}

void StepListModel::updateTicker()
{
    if (sendingCount() > 0) {
        if (!m_ticker.isActive())
            m_ticker.start(kTickMs, this);
    } else {
        m_ticker.stop();
    }
}
