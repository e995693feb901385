// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateGallery.h"

#include "common/Plural.h"
#include "common/StatePalette.h"
#include "templates/ApplyTemplateCommand.h"
#include "templates/TemplateDelegate.h"
#include "templates/TemplateFilterModel.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplateParameterForm.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateTargetPicker.h"
#include "templates/UserTemplatesCommand.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QLatin1String kDirectoryKey("TemplateGallery/lastDirectory");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString counted(qsizetype count, const char *one, const char *many)
{
    return Plural::counted("TemplateGallery", count, one, many);
}

// "track.example.com" for a documentation link's caption.
QString hostOf(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

} // namespace

TemplateGallery::TemplateGallery(WorkspaceModel *model, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_listModel(new TemplateListModel(this))
    , m_filter(new TemplateFilterModel(this))
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("Template Gallery"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/template.svg")));
    m_filter->setSourceModel(m_listModel);
    buildUi();
    reloadTemplates();
    connect(m_model, &WorkspaceModel::workspaceChanged, this, &TemplateGallery::workspaceChanged);
    resize(1180, 720);
}

void TemplateGallery::buildUi()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("gallerySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildBrowser());
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({310, 870});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buildButtons());
}

QLayout *TemplateGallery::buildButtons()
{
    m_importButton = new QPushButton(tr("&Import..."), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Add template files to this workspace's templates"));
    m_importButton->setAutoDefault(false);
    connect(m_importButton, &QPushButton::clicked, this, &TemplateGallery::importClicked);

    m_exportButton = new QPushButton(tr("&Export..."), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the selected template as a template file"));
    m_exportButton->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, &TemplateGallery::exportClicked);

    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Remove the selected template from this workspace's templates"));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &TemplateGallery::removeClicked);

    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_applyButton = new QPushButton(QIcon(QStringLiteral(":/icons/template.svg")), tr("&Apply Template"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, &TemplateGallery::apply);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(closeButton);
    buttons->addWidget(m_applyButton);
    return buttons;
}

QWidget *TemplateGallery::buildBrowser()
{
    auto *browser = new QWidget(this);

    m_search = new QLineEdit(browser);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search name, platform, description"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TemplateGallery::applyFilter);

    m_platformCombo = new QComboBox(browser);
    m_platformCombo->setObjectName(QStringLiteral("platformFilter"));
    m_platformCombo->setToolTip(tr("Show the templates of one platform"));
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this, &TemplateGallery::applyFilter);

    m_triggerCombo = new QComboBox(browser);
    m_triggerCombo->setObjectName(QStringLiteral("triggerFilter"));
    m_triggerCombo->setToolTip(tr("Show the templates with a webhook of this trigger"));
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &TemplateGallery::applyFilter);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_platformCombo, 1);
    filters->addWidget(m_triggerCombo, 1);

    m_list = new QListView(browser);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new TemplateDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplateGallery::currentRowChanged);

    m_countLabel = new QLabel(browser);
    m_countLabel->setObjectName(QStringLiteral("templateCount"));

    m_libraryProblems = new QLabel(browser);
    m_libraryProblems->setObjectName(QStringLiteral("libraryProblems"));
    m_libraryProblems->setWordWrap(true);
    m_libraryProblems->setTextFormat(Qt::PlainText);
    StatePalette::setTextColor(m_libraryProblems, StatePalette::State::Warning);
    m_libraryProblems->hide();

    auto *layout = new QVBoxLayout(browser);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_libraryProblems);
    return browser;
}

QWidget *TemplateGallery::buildDetails()
{
    m_pages = new QStackedWidget(this);

    m_emptyLabel = new QLabel(m_pages);
    m_emptyLabel->setObjectName(QStringLiteral("noTemplateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_pages->addWidget(m_emptyLabel);

    auto *details = new QWidget(m_pages);
    details->setObjectName(QStringLiteral("templateDetails"));
    QLayout *header = buildHeader(details);

    m_description = new QLabel(details);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Parameters: rebuilt for each template.
    auto *parameterBox = new QGroupBox(tr("Parameters"), details);
    parameterBox->setObjectName(QStringLiteral("parameterBox"));
    m_form = new TemplateParameterForm(parameterBox);
    connect(m_form, &TemplateParameterForm::changed, this, &TemplateGallery::updateState);
    auto *parameterLayout = new QVBoxLayout(parameterBox);
    parameterLayout->addWidget(m_form);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 8, 0);
    topLayout->addWidget(m_description);
    topLayout->addSpacing(4);
    topLayout->addWidget(parameterBox);
    topLayout->addStretch(1);
    auto *scroll = new QScrollArea(details);
    scroll->setObjectName(QStringLiteral("templateScroll"));
    scroll->setWidget(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Preview of what the template sends.
    auto *previewBox = new QGroupBox(tr("Preview for the sample call"), details);
    m_preview = new TemplatePreview(previewBox);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    // What it is and what to fill in beside what it sends: a wide dialog has the room, a tall
    // one would push the form out of sight.
    auto *split = new QSplitter(Qt::Horizontal, details);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 420});

    // Where it goes.
    m_targetPicker = new TemplateTargetPicker(m_model, details);
    connect(m_targetPicker, &TemplateTargetPicker::changed, this, &TemplateGallery::updateState);

    m_status = new QLabel(details);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(split, 1);
    layout->addWidget(m_targetPicker);
    layout->addWidget(m_status);
    m_pages->addWidget(details);
    return m_pages;
}

QLayout *TemplateGallery::buildHeader(QWidget *details)
{
    // Badge, name, what it is, where it comes from.
    m_icon = new QLabel(details);
    m_icon->setFixedSize(48, 48);
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Template text comes from files: never read as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(details);
    m_subtitle->setObjectName(QStringLiteral("templateSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    QPalette mutedPalette = m_subtitle->palette();
    mutedPalette.setColor(QPalette::WindowText, StatePalette::muted(mutedPalette));
    m_subtitle->setPalette(mutedPalette);
    m_documentation = new QLabel(details);
    m_documentation->setObjectName(QStringLiteral("templateDocumentation"));
    m_documentation->setOpenExternalLinks(true);
    m_documentation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_documentation->setPalette(mutedPalette);
    auto *facts = new QHBoxLayout;
    facts->setSpacing(0);
    facts->addWidget(m_subtitle);
    facts->addWidget(m_documentation);
    facts->addStretch(1);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addLayout(facts);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    return header;
}

void TemplateGallery::setPreferredTarget(const WorkspaceModel::Address &address)
{
    m_targetPicker->setPreferredTarget(address);
    updateState();
}

bool TemplateGallery::selectTemplate(const QString &id)
{
    const int row = m_listModel->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_listModel->index(row));
    if (!index.isValid()) {
        m_search->clear();
        m_platformCombo->setCurrentIndex(0);
        m_triggerCombo->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_listModel->index(row));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

QString TemplateGallery::currentTemplateId() const
{
    return m_hasCurrent ? m_current.id : QString();
}

void TemplateGallery::reloadTemplates()
{
    const QString selected = currentTemplateId();
    const Workspace &workspace = m_model->workspace();
    TemplateLibrary library = TemplateLibrary::builtIn();
    const qsizetype shipped = library.templates().size();
    const qsizetype shippedErrors = library.errors().size();
    library.loadDocuments(workspace.userTemplates);
    m_loadedUserTemplates = workspace.userTemplates;

    const QList<WebhookTemplate> all = library.templates();
    m_listModel->setTemplates(all.mid(0, shipped), all.mid(shipped));

    // A broken workspace template is left out, and said so rather than silently.
    const QStringList problems = library.errorStrings().mid(shippedErrors);
    if (problems.isEmpty()) {
        m_libraryProblems->hide();
    } else {
        m_libraryProblems->setText(
            counted(problems.size(), QT_TRANSLATE_NOOP("TemplateGallery", "%1 workspace template could not be loaded."),
                    QT_TRANSLATE_NOOP("TemplateGallery", "%1 workspace templates could not be loaded.")));
        m_libraryProblems->setToolTip(problems.join(QLatin1Char('\n')));
        m_libraryProblems->show();
    }

    // The reset loses the selection: put it back before showing anything, so that a template
    // still listed keeps the values typed into its form.
    m_reloading = true;
    rebuildFilterCombos();
    applyFilter();
    if (!selected.isEmpty() && m_listModel->rowOf(selected) >= 0)
        selectTemplate(selected);
    m_reloading = false;
    currentRowChanged();
}

void TemplateGallery::rebuildFilterCombos()
{
    const QString platform = m_platformCombo->currentData().toString();
    const QString trigger = m_triggerCombo->currentData().toString();
    const QSignalBlocker platformBlocker(m_platformCombo);
    const QSignalBlocker triggerBlocker(m_triggerCombo);

    QStringList platforms;
    QList<Trigger> triggers;
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        const WebhookTemplate *webhookTemplate = m_listModel->templateAt(row);
        if (!platforms.contains(webhookTemplate->platform))
            platforms.append(webhookTemplate->platform);
        for (const Trigger t : webhookTemplate->triggers()) {
            if (!triggers.contains(t))
                triggers.append(t);
        }
    }
    platforms.sort(Qt::CaseInsensitive);

    m_platformCombo->clear();
    m_platformCombo->addItem(tr("All platforms"), QString());
    for (const QString &name : platforms)
        m_platformCombo->addItem(TemplateListModel::platformIcon(name), name, name);
    m_platformCombo->setCurrentIndex(qMax(0, m_platformCombo->findData(platform)));

    m_triggerCombo->clear();
    m_triggerCombo->addItem(tr("All triggers"), QString());
    for (const Trigger t : Triggers::all()) {
        if (triggers.contains(t))
            m_triggerCombo->addItem(Triggers::label(t), Triggers::name(t));
    }
    m_triggerCombo->setCurrentIndex(qMax(0, m_triggerCombo->findData(trigger)));
}

void TemplateGallery::applyFilter()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setPlatform(m_platformCombo->currentData().toString());
    m_filter->setTrigger(m_triggerCombo->currentData().toString());

    const int shown = m_filter->rowCount();
    const int total = m_listModel->rowCount();
    m_countLabel->setText(shown == total ? counted(total, QT_TRANSLATE_NOOP("TemplateGallery", "%1 template"),
                                                   QT_TRANSLATE_NOOP("TemplateGallery", "%1 templates"))
                                         : tr("%1 of %2")
                                               .arg(shown)
                                               .arg(counted(total, QT_TRANSLATE_NOOP("TemplateGallery", "%1 template"),
                                                            QT_TRANSLATE_NOOP("TemplateGallery", "%1 templates"))));

    // Keep the selection while it is still listed, else show the first match.
    if (!m_list->currentIndex().isValid() && shown > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else if (shown == 0)
        currentRowChanged();
}

void TemplateGallery::currentRowChanged()
{
    if (m_reloading)
        return;
    const QModelIndex current = m_filter->mapToSource(m_list->currentIndex());
    const WebhookTemplate *webhookTemplate = current.isValid() ? m_listModel->templateAt(current.row()) : nullptr;
    if (!webhookTemplate) {
        m_hasCurrent = false;
        m_current = WebhookTemplate();
        m_emptyLabel->setText(m_listModel->rowCount() == 0 ? tr("There are no templates.")
                                                           : tr("No template matches the search and filters."));
        m_pages->setCurrentIndex(0);
        m_targetPicker->clearTemplate();
        updateState();
        return;
    }
    if (m_hasCurrent && m_current == *webhookTemplate)
        return;
    m_current = *webhookTemplate;
    m_hasCurrent = true;
    showTemplate();
}

void TemplateGallery::showTemplate()
{
    const int row = m_listModel->rowOf(m_current.id);
    const bool user = m_listModel->isUserTemplate(row);
    m_icon->setPixmap(TemplateListModel::platformIcon(m_current.platform).pixmap(48, 48));
    m_title->setText(m_current.name);
    m_subtitle->setText(
        QStringList{m_current.platform, TemplateListModel::triggerText(m_current),
                    counted(m_current.webhooks.size(), QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhook"),
                            QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhooks")),
                    user ? tr("your template") : tr("shipped template")}
            .join(QStringLiteral("  ·  ")));
    m_description->setText(m_current.description);
    m_description->setVisible(!m_current.description.isEmpty());
    if (m_current.documentation.isEmpty()) {
        m_documentation->hide();
    } else {
        m_documentation->setText(tr("&nbsp;&nbsp;·&nbsp;&nbsp;documentation: <a href=\"%1\">%2</a>")
                                     .arg(esc(m_current.documentation), esc(hostOf(m_current.documentation))));
        m_documentation->setToolTip(m_current.documentation);
        m_documentation->show();
    }
    m_form->setParameters(m_current.parameters);
    m_targetPicker->setTemplate(m_current);
    m_pages->setCurrentIndex(1);
    updateState();
}

void TemplateGallery::updateState()
{
    m_canApply = false;
    QString status;
    if (!m_hasCurrent) {
        m_status->clear();
        updateButtons();
        return;
    }

    // Each value against its type, inline; required ones left empty are listed below.
    QStringList missing;
    const bool invalid = !m_form->check(&missing);
    const bool complete = !invalid && missing.isEmpty();
    TemplateInstantiator::Result result;
    if (complete)
        result = TemplateInstantiator::instantiate(m_current, m_form->values());

    const TemplatePreview::Mask mask = [this](const QString &text) {
        return m_form->masked(text);
    };
    if (complete && result.ok())
        m_preview->showRendered(result.webhooks, m_model->workspace().sampleCall, mask);
    else
        m_preview->showAsWritten(m_current.parsedWebhooks(), mask);

    QPalette statusPalette = palette();
    const QColor error = StatePalette(statusPalette).foreground(StatePalette::State::Error);
    if (invalid) {
        status = tr("Correct the values marked in red to apply the template.");
        statusPalette.setColor(QPalette::WindowText, error);
    } else if (!missing.isEmpty()) {
        status = tr("Fill in %1 to apply the template.").arg(missing.join(QStringLiteral(", ")));
    } else if (!result.ok()) {
        status = result.errors.join(QLatin1Char('\n'));
        statusPalette.setColor(QPalette::WindowText, error);
    } else if (!m_targetPicker->hasTarget()) {
        status = tr("There is nowhere in this workspace to apply this template.");
    } else {
        const QString webhooks = counted(result.webhooks.size(), QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhook"),
                                         QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhooks"));
        status = m_targetPicker->hasProfile() && !m_current.profileTags.isEmpty()
                     ? tr("Apply adds %1 to %2 and tags %3.")
                           .arg(webhooks, m_targetPicker->targetText(), m_targetPicker->profileText())
                     : tr("Apply adds %1 to %2.").arg(webhooks, m_targetPicker->targetText());
        m_canApply = true;
    }
    m_status->setPalette(statusPalette);
    m_status->setText(status);
    updateButtons();
}

void TemplateGallery::updateButtons()
{
    const int row = m_hasCurrent ? m_listModel->rowOf(m_current.id) : -1;
    m_applyButton->setEnabled(m_canApply);
    m_exportButton->setEnabled(m_hasCurrent);
    m_removeButton->setEnabled(m_listModel->isUserTemplate(row));
}

bool TemplateGallery::apply()
{
    if (!m_canApply || !m_hasCurrent)
        return false;
    const TemplateInstantiator::Result result = TemplateInstantiator::instantiate(m_current, m_form->values());
    if (!result.ok() || result.webhooks.isEmpty())
        return false;
    auto *command =
        new ApplyTemplateCommand(m_model, m_targetPicker->target(), result.webhooks, m_targetPicker->profile(),
                                 result.profileTags, tr("Apply template \"%1\"").arg(m_current.name));
    m_applied = command->firstWebhook();
    m_undoStack->push(command);
    accept();
    return true;
}

int TemplateGallery::importFiles(const QStringList &paths, QStringList *errors)
{
    TemplateLibrary library = TemplateLibrary::builtIn();
    const qsizetype errorsBefore = library.errors().size();
    library.loadDocuments(m_model->workspace().userTemplates);
    const qsizetype loadedBefore = library.templates().size();
    // Problems of the workspace's own templates are not this import's.
    const qsizetype workspaceErrors = library.errors().size() - errorsBefore;

    for (const QString &path : paths)
        library.loadFile(path);
    *errors += library.errorStrings().mid(errorsBefore + workspaceErrors);

    const QList<WebhookTemplate> imported = library.templates().mid(loadedBefore);
    if (imported.isEmpty())
        return 0;
    QJsonArray after = m_model->workspace().userTemplates;
    for (const WebhookTemplate &webhookTemplate : imported)
        after.append(webhookTemplate.toJson());
    const QString text = imported.size() == 1 ? tr("Import template \"%1\"").arg(imported.constFirst().name)
                                              : tr("Import %1 templates").arg(imported.size());
    m_undoStack->push(new UserTemplatesCommand(m_model, after, text));
    selectTemplate(imported.constLast().id);
    return int(imported.size());
}

bool TemplateGallery::exportTemplate(const QString &id, const QString &path, QString *error) const
{
    const int row = m_listModel->rowOf(id);
    if (row < 0) {
        *error = tr("there is no template \"%1\"").arg(id);
        return false;
    }
    return TemplateLibrary::writeFile(*m_listModel->templateAt(row), path, error);
}

bool TemplateGallery::removeUserTemplate(const QString &id)
{
    if (!m_listModel->isUserTemplate(m_listModel->rowOf(id)))
        return false;
    const QJsonArray before = m_model->workspace().userTemplates;
    QJsonArray after;
    QString name;
    for (const QJsonValue &document : before) {
        if (document.toObject().value(QLatin1String("id")).toString() == id)
            name = document.toObject().value(QLatin1String("name")).toString();
        else
            after.append(document);
    }
    if (after.size() == before.size())
        return false;
    m_undoStack->push(new UserTemplatesCommand(m_model, after, tr("Remove template \"%1\"").arg(name)));
    return true;
}

void TemplateGallery::importClicked()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Templates"),
                                                            settings.value(kDirectoryKey, QDir::homePath()).toString(),
                                                            tr("Template files (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kDirectoryKey, QFileInfo(paths.constFirst()).absolutePath());
    QStringList errors;
    const int imported = importFiles(paths, &errors);
    if (errors.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Import Templates"),
        imported == 0
            ? tr("No template was imported.")
            : counted(imported,
                      QT_TRANSLATE_NOOP("TemplateGallery", "%1 template imported; the files below were refused."),
                      QT_TRANSLATE_NOOP("TemplateGallery", "%1 templates imported; the files below were refused.")),
        QMessageBox::Ok, this);
    QStringList shown;
    for (const QString &error : std::as_const(errors))
        shown.append(QStringLiteral("• ") % error);
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 36em; }"));
    box.exec();
}

void TemplateGallery::exportClicked()
{
    if (!m_hasCurrent)
        return;
    QSettings settings;
    const QString directory = settings.value(kDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Template"),
                                                      QDir(directory).filePath(m_current.id % QStringLiteral(".json")),
                                                      tr("Template files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTemplate(m_current.id, path, &error))
        QMessageBox::critical(this, tr("Export Template"), tr("The template could not be exported.\n\n%1").arg(error));
}

void TemplateGallery::removeClicked()
{
    if (m_hasCurrent)
        removeUserTemplate(m_current.id);
}

void TemplateGallery::workspaceChanged()
{
    if (m_model->workspace().userTemplates != m_loadedUserTemplates)
        reloadTemplates();
    m_targetPicker->refresh(true);
    updateState();
}
