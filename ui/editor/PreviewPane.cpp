// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/PreviewPane.h"

#include "common/StatePalette.h"
#include "editor/SampleCallEditor.h"
#include "editor/SetSampleCallCommand.h"
#include "files/CurlCommand.h"
#include "tokens/RequestRenderer.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_sampleCall(new SampleCallEditor(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_title(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_view(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(tr("Copy as cURL"), this))
{
    setObjectName(QStringLiteral("previewPane"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &PreviewPane::render);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewPane::rendered);
    connect(m_sampleCall, &SampleCallEditor::tagsEdited, this, &PreviewPane::sampleCallEdited);

    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_view->setObjectName(QStringLiteral("previewRequest"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("Select a webhook in the tree to see the request it would send."));

    m_copyCurl->setObjectName(QStringLiteral("copyAsCurl"));
    m_copyCurl->setIcon(QIcon(QStringLiteral(":/icons/edit-copy.svg")));
    m_copyCurl->setToolTip(tr("Copy a curl command that sends exactly this request, quoted for a POSIX shell"));
    connect(m_copyCurl, &QPushButton::clicked, this, &PreviewPane::copyAsCurl);

    auto *request = new QWidget(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_copyCurl, 0, Qt::AlignTop);
    auto *requestLayout = new QVBoxLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->setSpacing(4);
    requestLayout->addLayout(titleRow);
    requestLayout->addWidget(m_problems);
    requestLayout->addWidget(m_view, 1);

    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sampleCall);
    m_splitter->addWidget(request);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_splitter);

    showRequest();
}

void PreviewPane::setModel(WorkspaceModel *model, QUndoStack *stack)
{
    m_model = model;
    m_stack = stack;
    connect(model, &WorkspaceModel::workspaceChanged, this, &PreviewPane::modelChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &PreviewPane::modelChanged);
    modelChanged();
}

void PreviewPane::setOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
}

void PreviewPane::setAddress(const WorkspaceModel::Address &address)
{
    if (address == m_address)
        return;
    m_address = address;
    // A new selection shows at once; only edits wait for typing to pause.
    m_stale = true;
    if (isVisible())
        render();
}

void PreviewPane::modelChanged()
{
    m_sampleCall->setTags(m_model->workspace().sampleCall);
    m_stale = true;
    if (isVisible())
        m_delay.start();
}

void PreviewPane::sampleCallEdited(const TagMap &tags)
{
    if (!m_model || !m_stack || tags == m_model->workspace().sampleCall)
        return;
    m_stack->push(new SetSampleCallCommand(m_model, tags, tr("Edit sample call")));
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

bool PreviewPane::isRendering() const
{
    return m_delay.isActive() || m_rendering;
}

void PreviewPane::render()
{
    m_delay.stop();
    m_stale = false;
    const Webhook *webhook = m_model ? WorkspaceModel::webhookAt(m_model->workspace(), m_address) : nullptr;
    if (!webhook) {
        ++m_generation; // a render still running is not wanted any more
        m_rendering = false;
        m_hasRequest = false;
        m_webhook = Webhook();
        showRequest();
        return;
    }
    const TagMap &tags = m_model->workspace().sampleCall;
    if ((m_hasRequest || isRendering()) && *webhook == m_webhook && tags == m_tags)
        return;
    m_webhook = *webhook;
    m_tags = tags;
    m_rendering = true;
    m_watcher.setFuture(QtConcurrent::run(
        [generation = ++m_generation, request = webhook->request, tags, timeoutMs = webhook->timeoutMs] {
            Rendered result;
            result.generation = generation;
            result.request = RequestRenderer(request).render(tags, &result.report);
            result.request.timeoutMs = timeoutMs;
            return result;
        }));
}

void PreviewPane::rendered()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Rendered result = m_watcher.result();
    if (result.generation != m_generation)
        return;
    m_rendering = false;
    m_request = result.request;
    m_report = result.report;
    m_hasRequest = true;
    showRequest();
}

QString PreviewPane::requestText() const
{
    if (!m_hasRequest)
        return QString();
    QString text = m_request.method % QLatin1Char(' ') % m_request.url % QLatin1Char('\n');
    for (const auto &header : m_request.headers)
        text += QString::fromUtf8(header.first) % QStringLiteral(": ") % QString::fromUtf8(header.second)
                % QLatin1Char('\n');
    if (m_request.body.isEmpty())
        return text;
    text += QLatin1Char('\n');
    if (m_request.body.size() <= kShownBodyBytes)
        return text + QString::fromUtf8(m_request.body);
    return text % QString::fromUtf8(m_request.body.left(kShownBodyBytes)) % QLatin1Char('\n')
           % tr("… %1 more not shown; Copy as cURL copies all of it.")
                 .arg(QLocale().formattedDataSize(m_request.body.size() - kShownBodyBytes));
}

void PreviewPane::showRequest()
{
    if (!m_hasRequest) {
        m_title->setText(tr("<b>Request</b>"));
        m_problems->hide();
        m_view->clear();
        m_copyCurl->setEnabled(false);
        return;
    }
    const QString name = m_webhook.name.trimmed().isEmpty() ? Triggers::label(m_webhook.trigger) : m_webhook.name;
    m_title->setText(tr("<b>Request</b> sent by %1").arg(name.toHtmlEscaped()));

    // Errors stop the request from being sent; warnings (a missing tag) are worth a look.
    const StatePalette states(m_problems->palette());
    const QString errorColor = states.foreground(StatePalette::State::Error).name();
    const QString warningColor = states.foreground(StatePalette::State::Warning).name();
    QStringList lines;
    for (const QString &error : m_report.errors)
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(errorColor, tr("Error: %1").arg(error).toHtmlEscaped()));
    for (const QString &warning : m_report.warnings)
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(warningColor, tr("Warning: %1").arg(warning).toHtmlEscaped()));
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setVisible(!lines.isEmpty());

    m_view->setPlainText(requestText());
    m_copyCurl->setEnabled(m_report.ok());
    m_copyCurl->setToolTip(m_report.ok() ? tr("Copy a curl command that sends exactly this request, quoted for a "
                                              "POSIX shell")
                                         : tr("The request has errors: it would not be sent"));
}

bool PreviewPane::copyAsCurl()
{
    // The exact request as the workspace is now: finish a render that is due or under way.
    if (m_stale || m_delay.isActive())
        render();
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
        rendered();
    }
    if (!m_hasRequest || !m_report.ok()) {
        emit statusMessage(tr("Nothing copied: the request has errors and would not be sent."));
        return false;
    }
    const CurlCommand command(m_request);
    if (!command.isValid()) {
        emit statusMessage(tr("Nothing copied: %1").arg(command.errorString()));
        return false;
    }
    QGuiApplication::clipboard()->setText(command.toString());
    emit statusMessage(tr("Copied the curl command to the clipboard."));
    return true;
}
