// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateGallery.h"

#include "templates/ApplyTemplateCommand.h"
#include "templates/TemplateFilterModel.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplateListModel.h"
#include "templates/UserTemplatesCommand.h"
#include "tokens/RequestRenderer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

const QLatin1String kDirectoryKey("TemplateGallery/lastDirectory");
const QString kMask = QStringLiteral("••••••••");
// Colours that read on light and dark palettes alike.
const QColor kErrorColour(0xdc, 0x26, 0x26);
const QColor kWarningColour(0xb4, 0x53, 0x09);

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// one and many hold "%1": the app ships no plural translations for tr("%n")'s forms to come from.
QString counted(int count, const char *one, const char *many)
{
    return QCoreApplication::translate("TemplateGallery", count == 1 ? one : many).arg(count);
}

// Two lines per template: its name in bold, platform and triggers below, a platform badge left.
class TemplateItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPadding = 7;
    static constexpr int kIconSize = 32;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

        const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const QRect iconRect(area.left(), area.top() + (area.height() - kIconSize) / 2, kIconSize, kIconSize);
        index.data(Qt::DecorationRole).value<QIcon>().paint(painter, iconRect);

        const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                                   : QPalette::Inactive;
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor background = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

        QFont titleFont = option.font;
        titleFont.setBold(true);
        const QFontMetrics titleMetrics(titleFont);
        const QFontMetrics subtitleMetrics(option.font);
        const int left = iconRect.right() + 10;
        const int width = area.right() - left;
        const int top = area.top() + (area.height() - titleMetrics.height() - subtitleMetrics.height() - 2) / 2;

        painter->save();
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(QRect(left, top, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, width));
        painter->setFont(option.font);
        painter->setPen(mix(text, background, 0.4));
        const QString subtitle = index.data(TemplateListModel::SubtitleRole).toString();
        painter->drawText(QRect(left, top + titleMetrics.height() + 2, width, subtitleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          subtitleMetrics.elidedText(subtitle, Qt::ElideRight, width));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont titleFont = option.font;
        titleFont.setBold(true);
        const int text = QFontMetrics(titleFont).height() + QFontMetrics(option.font).height() + 2;
        return QSize(260, qMax(text, kIconSize) + 2 * kPadding);
    }
};

// The object that owns the webhooks of an address: a webhook counts as its list's owner, a
// locked number as its campaign (its webhooks are the campaign's).
bool targetFor(const Workspace &workspace, const Address &address, Address *owner)
{
    Address result;
    switch (address.kind) {
    case Kind::Company:
        break;
    case Kind::Campaign:
        result.kind = Kind::Campaign;
        result.campaign = address.campaign;
        break;
    case Kind::Number:
    case Kind::Webhook:
        if (address.campaign >= 0 && address.number >= 0 && address.campaign < workspace.campaigns.size()
            && address.number < workspace.campaigns.at(address.campaign).numbers.size()
            && workspace.campaigns.at(address.campaign).numbers.at(address.number).webhooksUnlocked) {
            result.kind = Kind::Number;
            result.campaign = address.campaign;
            result.number = address.number;
        } else if (address.campaign >= 0) {
            result.kind = Kind::Campaign;
            result.campaign = address.campaign;
        } else if (address.buyer >= 0) {
            result.kind = Kind::Buyer;
            result.buyer = address.buyer;
        }
        break;
    case Kind::Buyer:
        result.kind = Kind::Buyer;
        result.buyer = address.buyer;
        break;
    case Kind::Campaigns:
    case Kind::Buyers:
    case Kind::Publishers:
    case Kind::Publisher:
        return false;
    }
    *owner = result;
    return true;
}

QString orId(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

bool isProfile(const Address &address)
{
    return address.kind == Kind::Buyer || address.kind == Kind::Publisher;
}

// "track.example.com" for a documentation link's caption.
QString hostOf(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

QString typeHint(const TemplateParameter &parameter)
{
    switch (parameter.type) {
    case TemplateParameter::Type::Domain:
        return QCoreApplication::translate("TemplateGallery", "host name, e.g. track.example.com");
    case TemplateParameter::Type::Url:
        return QCoreApplication::translate("TemplateGallery", "https://...");
    case TemplateParameter::Type::Number:
        return QCoreApplication::translate("TemplateGallery", "a number, e.g. 42");
    case TemplateParameter::Type::Text:
    case TemplateParameter::Type::Secret:
        break;
    }
    return parameter.required ? QCoreApplication::translate("TemplateGallery", "required")
                              : QCoreApplication::translate("TemplateGallery", "optional");
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
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
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
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
    QPalette warningPalette = m_libraryProblems->palette();
    warningPalette.setColor(QPalette::WindowText, kWarningColour);
    m_libraryProblems->setPalette(warningPalette);
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

    // Header: badge, name, what it is, where it comes from.
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
    mutedPalette.setColor(QPalette::WindowText,
                          mix(mutedPalette.color(QPalette::WindowText), mutedPalette.color(QPalette::Window), 0.35));
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

    m_description = new QLabel(details);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Parameters: rebuilt for each template.
    auto *parameterBox = new QGroupBox(tr("Parameters"), details);
    parameterBox->setObjectName(QStringLiteral("parameterBox"));
    m_parameterLayout = new QVBoxLayout(parameterBox);

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
    m_preview = new QTextBrowser(previewBox);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
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
    m_targetCombo = new QComboBox(details);
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetCombo->setMinimumContentsLength(34);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &TemplateGallery::targetChanged);
    auto *targetLabel = new QLabel(tr("A&dd to:"), details);
    targetLabel->setBuddy(m_targetCombo);
    m_profileCombo = new QComboBox(details);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(22);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &TemplateGallery::updateState);
    m_profileLabel = new QLabel(tr("&Tag profile:"), details);
    m_profileLabel->setBuddy(m_profileCombo);
    m_profileTags = new QLabel(details);
    m_profileTags->setObjectName(QStringLiteral("profileTags"));
    m_profileTags->setTextFormat(Qt::PlainText);
    m_profileTags->setPalette(mutedPalette);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_targetCombo);
    targetRow->addSpacing(16);
    targetRow->addWidget(m_profileLabel);
    targetRow->addWidget(m_profileCombo);
    targetRow->addWidget(m_profileTags);
    targetRow->addStretch(1);

    m_status = new QLabel(details);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addWidget(split, 1);
    layout->addLayout(targetRow);
    layout->addWidget(m_status);
    m_pages->addWidget(details);
    return m_pages;
}

void TemplateGallery::setPreferredTarget(const WorkspaceModel::Address &address)
{
    m_preferredTarget = address;
    m_hasPreferredTarget = true;
    refreshTargets();
    refreshProfiles(false);
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
        m_libraryProblems->setText(problems.size() == 1
                                       ? tr("1 workspace template could not be loaded.")
                                       : tr("%1 workspace templates could not be loaded.").arg(problems.size()));
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
        m_fields.clear();
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
    const int webhookCount = int(m_current.webhooks.size());
    m_subtitle->setText(QStringList{m_current.platform, TemplateListModel::triggerText(m_current),
                                    counted(webhookCount, QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhook"),
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
    rebuildForm();
    // Added whole: a layout shows a new child of a visible parent only once the event loop runs,
    // so show it now, for the form to be complete (and testable) at once.
    m_parameterLayout->addWidget(m_form);
    m_form->show();
    refreshTargets();
    refreshProfiles(false);
    m_pages->setCurrentIndex(1);
    updateState();
}

void TemplateGallery::rebuildForm()
{
    m_fields.clear();
    delete m_form;
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("parameterForm"));
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(8);

    QPalette helpPalette = palette();
    helpPalette.setColor(QPalette::WindowText,
                         mix(helpPalette.color(QPalette::WindowText), helpPalette.color(QPalette::Window), 0.35));
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColour);

    if (m_current.parameters.isEmpty()) {
        auto *none = new QLabel(tr("This template needs no parameters: apply it as it is."), m_form);
        none->setPalette(helpPalette);
        form->addRow(none);
        return;
    }

    bool anyRequired = false;
    for (const TemplateParameter &parameter : m_current.parameters) {
        ParameterField field;
        field.parameter = parameter;

        auto *cell = new QWidget(m_form);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(3);

        field.edit = new QLineEdit(parameter.defaultValue, cell);
        field.edit->setObjectName(QStringLiteral("parameter_") + parameter.name);
        field.edit->setPlaceholderText(typeHint(parameter));
        field.edit->setToolTip(QStringLiteral("{{%1}}").arg(parameter.name));
        cellLayout->addWidget(field.edit);

        if (parameter.secret) {
            field.edit->setEchoMode(QLineEdit::Password);
            field.reveal = field.edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
            field.reveal->setObjectName(QStringLiteral("reveal_") + parameter.name);
            field.reveal->setCheckable(true);
            field.reveal->setToolTip(tr("Show the value"));
            QLineEdit *edit = field.edit;
            QAction *reveal = field.reveal;
            connect(reveal, &QAction::toggled, this, [this, edit, reveal](bool shown) {
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                reveal->setIcon(
                    QIcon(shown ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
                reveal->setToolTip(shown ? tr("Hide the value") : tr("Show the value"));
                updateState(); // the preview masks a hidden secret
            });
        }

        if (!parameter.help.isEmpty()) {
            auto *help = new QLabel(parameter.help, cell);
            help->setObjectName(QStringLiteral("help_") + parameter.name);
            help->setWordWrap(true);
            help->setTextFormat(Qt::PlainText);
            help->setPalette(helpPalette);
            cellLayout->addWidget(help);
        }

        field.message = new QLabel(cell);
        field.message->setObjectName(QStringLiteral("message_") + parameter.name);
        field.message->setWordWrap(true);
        field.message->setTextFormat(Qt::PlainText);
        field.message->setPalette(errorPalette);
        field.message->hide();
        cellLayout->addWidget(field.message);

        QString label = esc(parameter.displayLabel());
        if (parameter.required) {
            label += QStringLiteral(" <span style=\"color: %1\">*</span>").arg(kErrorColour.name());
            anyRequired = true;
        }
        auto *labelWidget = new QLabel(label, m_form);
        labelWidget->setBuddy(field.edit);
        labelWidget->setToolTip(tr("{{%1}}, %2").arg(parameter.name, TemplateParameter::typeName(parameter.type)));
        // Line the label up with the line edit, not with the help below it.
        labelWidget->setMinimumHeight(field.edit->sizeHint().height());
        labelWidget->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addRow(labelWidget, cell);

        connect(field.edit, &QLineEdit::textChanged, this, &TemplateGallery::updateState);
        m_fields.append(field);
    }
    if (anyRequired) {
        auto *legend = new QLabel(tr("<span style=\"color: %1\">*</span> required").arg(kErrorColour.name()), m_form);
        legend->setPalette(helpPalette);
        form->addRow(QString(), legend);
    }
}

void TemplateGallery::refreshTargets()
{
    const Workspace &workspace = m_model->workspace();
    const Address previous = m_targets.value(m_targetCombo->currentIndex());
    const bool hadPrevious = m_targetCombo->currentIndex() >= 0 && !m_targets.isEmpty();

    const QSignalBlocker blocker(m_targetCombo);
    m_targetCombo->clear();
    m_targets.clear();
    if (!m_hasCurrent)
        return;

    const QStringList appliesTo = m_current.appliesTo;
    if (appliesTo.contains(QLatin1String("company"))) {
        Address company;
        company.kind = Kind::Company;
        m_targetCombo->addItem(WorkspaceModel::icon(Kind::Company), tr("Company defaults (copied into new campaigns)"));
        m_targets.append(company);
    }
    // A publisher has no webhooks of its own: its postbacks live in the campaigns it sends to.
    if (appliesTo.contains(QLatin1String("campaign")) || appliesTo.contains(QLatin1String("publisher"))) {
        for (int c = 0; c < workspace.campaigns.size(); ++c) {
            const Campaign &campaign = workspace.campaigns.at(c);
            Address address;
            address.kind = Kind::Campaign;
            address.campaign = c;
            m_targetCombo->addItem(WorkspaceModel::icon(Kind::Campaign),
                                   tr("Campaign: %1").arg(orId(campaign.name, campaign.id)));
            m_targets.append(address);
            for (int n = 0; n < campaign.numbers.size(); ++n) {
                const TrackingNumber &number = campaign.numbers.at(n);
                if (!number.webhooksUnlocked)
                    continue;
                address.kind = Kind::Number;
                address.number = n;
                m_targetCombo->addItem(
                    WorkspaceModel::icon(Kind::Number, true),
                    tr("Number: %1 (unlocked, in %2)").arg(number.number, orId(campaign.name, campaign.id)));
                m_targets.append(address);
                address.number = -1;
            }
        }
    }
    if (appliesTo.contains(QLatin1String("buyer"))) {
        for (int b = 0; b < workspace.buyers.size(); ++b) {
            const Buyer &buyer = workspace.buyers.at(b);
            Address address;
            address.kind = Kind::Buyer;
            address.buyer = b;
            m_targetCombo->addItem(WorkspaceModel::icon(Kind::Buyer), tr("Buyer: %1").arg(orId(buyer.name, buyer.id)));
            m_targets.append(address);
        }
    }

    int index = 0;
    Address preferred;
    if (m_hasPreferredTarget && targetFor(workspace, m_preferredTarget, &preferred) && m_targets.contains(preferred))
        index = int(m_targets.indexOf(preferred));
    else if (hadPrevious && m_targets.contains(previous))
        index = int(m_targets.indexOf(previous));
    m_targetCombo->setCurrentIndex(m_targets.isEmpty() ? -1 : index);
    m_targetCombo->setEnabled(!m_targets.isEmpty());
    if (m_targets.isEmpty()) {
        QStringList kinds;
        for (const QString &target : appliesTo)
            kinds.append(target == QLatin1String("buyer")       ? tr("buyers")
                         : target == QLatin1String("company")   ? tr("the company defaults")
                         : target == QLatin1String("publisher") ? tr("publishers' campaigns")
                                                                : tr("campaigns"));
        m_targetCombo->addItem(
            tr("Nowhere: this template goes to %1, and the workspace has none").arg(kinds.join(tr(" or "))));
    }
}

void TemplateGallery::refreshProfiles(bool keepSelection)
{
    const Workspace &workspace = m_model->workspace();
    const bool hasTags = m_hasCurrent && !m_current.profileTags.isEmpty();
    m_profileLabel->setVisible(hasTags);
    m_profileCombo->setVisible(hasTags);
    m_profileTags->setVisible(hasTags);

    const Address previous = m_profiles.value(m_profileCombo->currentIndex());
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profiles.clear();
    if (!hasTags)
        return;

    m_profileTags->setText(tr("adds %1").arg(m_current.profileTags.pairs().join(QStringLiteral(", "))));
    m_profileCombo->addItem(tr("No profile"));
    m_profiles.append(Address());
    for (int b = 0; b < workspace.buyers.size(); ++b) {
        Address address;
        address.kind = Kind::Buyer;
        address.buyer = b;
        const Buyer &buyer = workspace.buyers.at(b);
        m_profileCombo->addItem(WorkspaceModel::icon(Kind::Buyer), tr("Buyer: %1").arg(orId(buyer.name, buyer.id)));
        m_profiles.append(address);
    }
    for (int p = 0; p < workspace.publishers.size(); ++p) {
        Address address;
        address.kind = Kind::Publisher;
        address.publisher = p;
        const Publisher &publisher = workspace.publishers.at(p);
        m_profileCombo->addItem(WorkspaceModel::icon(Kind::Publisher),
                                tr("Publisher: %1").arg(orId(publisher.name, publisher.sourceId)));
        m_profiles.append(address);
    }

    // The profile a template means: the buyer it is applied to, else the buyer or publisher
    // selected in the tree, else the first publisher for a publisher's template.
    int index = 0;
    const Address target = m_targets.value(m_targetCombo->currentIndex());
    if (!m_targets.isEmpty() && target.kind == Kind::Buyer) {
        index = int(m_profiles.indexOf(target));
    } else if (m_hasPreferredTarget && isProfile(m_preferredTarget) && m_profiles.contains(m_preferredTarget)) {
        index = int(m_profiles.indexOf(m_preferredTarget));
    } else if (keepSelection && isProfile(previous) && m_profiles.contains(previous)) {
        index = int(m_profiles.indexOf(previous));
    } else if (m_current.appliesTo.contains(QLatin1String("publisher")) && !workspace.publishers.isEmpty()) {
        index = int(1 + workspace.buyers.size());
    }
    m_profileCombo->setCurrentIndex(index);
}

void TemplateGallery::targetChanged()
{
    // Applied to a buyer, the tags are that buyer's.
    const Address target = m_targets.value(m_targetCombo->currentIndex());
    if (!m_targets.isEmpty() && target.kind == Kind::Buyer && m_profiles.contains(target))
        m_profileCombo->setCurrentIndex(int(m_profiles.indexOf(target)));
    updateState();
}

TemplateInstantiator::Values TemplateGallery::formValues() const
{
    TemplateInstantiator::Values values;
    for (const ParameterField &field : m_fields)
        values.insert(field.parameter.name, field.edit->text().trimmed());
    return values;
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
    bool invalid = false;
    const TemplateInstantiator::Values values = formValues();
    for (const ParameterField &field : std::as_const(m_fields)) {
        const QString value = values.value(field.parameter.name);
        QString error;
        if (!TemplateInstantiator::checkValue(field.parameter, value, &error)) {
            field.message->setText(error);
            field.message->show();
            invalid = true;
            continue;
        }
        field.message->clear();
        field.message->hide();
        if (field.parameter.required && value.isEmpty() && field.parameter.defaultValue.isEmpty())
            missing.append(field.parameter.displayLabel());
    }

    const bool complete = !invalid && missing.isEmpty();
    TemplateInstantiator::Result result;
    if (complete)
        result = TemplateInstantiator::instantiate(m_current, values);

    // Typing in the form re-renders the preview: keep the part the user is reading in view.
    const int scroll = m_preview->verticalScrollBar()->value();
    if (complete && result.ok())
        m_preview->setHtml(previewHtml(result.webhooks, true));
    else
        m_preview->setHtml(previewHtml(m_current.parsedWebhooks(), false));
    m_preview->verticalScrollBar()->setValue(scroll);

    QPalette statusPalette = palette();
    if (invalid) {
        status = tr("Correct the values marked in red to apply the template.");
        statusPalette.setColor(QPalette::WindowText, kErrorColour);
    } else if (!missing.isEmpty()) {
        status = tr("Fill in %1 to apply the template.").arg(missing.join(QStringLiteral(", ")));
    } else if (!result.ok()) {
        status = result.errors.join(QLatin1Char('\n'));
        statusPalette.setColor(QPalette::WindowText, kErrorColour);
    } else if (m_targets.isEmpty()) {
        status = tr("There is nowhere in this workspace to apply this template.");
    } else {
        const Address profile = m_profiles.value(m_profileCombo->currentIndex());
        const QString webhooks =
            counted(int(result.webhooks.size()), QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhook"),
                    QT_TRANSLATE_NOOP("TemplateGallery", "%1 webhooks"));
        status = isProfile(profile) && !m_current.profileTags.isEmpty()
                     ? tr("Apply adds %1 to %2 and tags %3.")
                           .arg(webhooks, m_targetCombo->currentText(), m_profileCombo->currentText())
                     : tr("Apply adds %1 to %2.").arg(webhooks, m_targetCombo->currentText());
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

QString TemplateGallery::masked(const QString &text) const
{
    QString out = text;
    for (const ParameterField &field : m_fields) {
        const QString value = field.edit->text().trimmed();
        if (!field.parameter.secret || value.isEmpty() || (field.reveal && field.reveal->isChecked()))
            continue;
        // As written, and as a URL or a form body writes it.
        out.replace(value, kMask);
        out.replace(QString::fromLatin1(QUrl::toPercentEncoding(value)), kMask);
        out.replace(
            QString::fromLatin1(QUrl::toPercentEncoding(value, " ")).replace(QLatin1Char(' '), QLatin1Char('+')),
            kMask);
    }
    return out;
}

QString TemplateGallery::requestText(const RequestTemplate &request, bool rendered, QStringList *errors,
                                     QStringList *warnings) const
{
    QString method = request.method;
    QString url = request.url;
    QList<QPair<QString, QString>> headers;
    QString body = request.body;
    if (rendered) {
        const RequestRenderer renderer(request);
        RenderReport report;
        const RenderedRequest sent = renderer.render(m_model->workspace().sampleCall, &report);
        *errors += report.errors;
        // A post's [ping.*] tags come from the bid at call time, as the caption says: the sample
        // call cannot have them, so their "missing" warnings would only be noise.
        QStringList pingTokens;
        for (const QString &key : renderer.tokenKeys()) {
            if (key.startsWith(QLatin1String("ping.")))
                pingTokens.append(QLatin1Char('[') + key + QLatin1Char(']')); // as warnings name a tag
        }
        for (const QString &warning : std::as_const(report.warnings)) {
            const bool aboutPing = std::any_of(pingTokens.cbegin(), pingTokens.cend(),
                                               [&warning](const QString &token) { return warning.contains(token); });
            if (!aboutPing)
                warnings->append(warning);
        }
        method = sent.method;
        url = sent.url;
        for (const auto &header : sent.headers)
            headers.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
        body = QString::fromUtf8(sent.body);
        // Indented for reading; the request sends the body exactly as the template writes it.
        if (request.bodyKind == BodyKind::Json) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(sent.body, &error);
            if (error.error == QJsonParseError::NoError)
                body = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
        }
    } else {
        for (const HeaderTemplate &header : request.headers)
            headers.append({header.name, header.value});
    }

    QString html =
        QStringLiteral("<span class=\"method\">") % esc(method) % QStringLiteral("</span> ") % esc(masked(url));
    for (const auto &header : std::as_const(headers))
        html += QStringLiteral("<br><span class=\"header\">") % esc(header.first) % QStringLiteral(":</span> ")
                % esc(masked(header.second));
    if (!body.isEmpty())
        html += QStringLiteral("<br><br>") % esc(masked(body)).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString TemplateGallery::previewHtml(const QList<Webhook> &webhooks, bool rendered) const
{
    const QPalette pal = m_preview->palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QString css =
        QStringLiteral("body { color: %1; }"
                       ".hint { color: %2; }"
                       ".name { font-weight: 600; }"
                       "table.code { background-color: %3; border: 1px solid %4; }"
                       ".code td { font-family: monospace; white-space: pre-wrap; }"
                       ".method { color: %5; font-weight: bold; }"
                       ".header { color: %2; }"
                       ".warning { color: %6; }"
                       ".error { color: %7; }")
            .arg(text.name(), mix(text, base, 0.42).name(), mix(base, text, 0.045).name(), mix(base, text, 0.16).name(),
                 QColor(0x1d, 0x4e, 0xd8).name(), kWarningColour.name(), kErrorColour.name());

    QString html = QStringLiteral("<html><head><style>") % css % QStringLiteral("</style></head><body>");
    if (!rendered)
        html += QStringLiteral("<p class=\"hint\">")
                % esc(tr("Fill in the parameters to see the request as it would be sent for the sample call. "
                         "Until then, the template as written:"))
                % QStringLiteral("</p>");

    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &webhook = webhooks.at(i);
        QStringList facts{Triggers::label(webhook.trigger)};
        if (webhook.trigger == Trigger::Timer)
            facts.last() += tr(" at %1 s").arg(webhook.timerSeconds);
        if (!webhook.matches.isEmpty())
            facts.append(tr("only for calls with %1").arg(webhook.matches.join(QStringLiteral(", "))));
        html += QStringLiteral("<p style=\"margin-top: %1px; margin-bottom: 4px\"><span class=\"name\">")
                    .arg(i == 0 ? 2 : 14)
                % esc(webhook.name) % QStringLiteral("</span>  <span class=\"hint\">&nbsp;·&nbsp; ")
                % esc(facts.join(QStringLiteral("  ·  "))) % QStringLiteral("</span></p>");

        QStringList errors;
        QStringList warnings;
        const auto block = [&](const QString &caption, const RequestTemplate &request) {
            if (!caption.isEmpty())
                html += QStringLiteral("<p class=\"hint\" style=\"margin-top: 6px; margin-bottom: 2px\">")
                        % esc(caption) % QStringLiteral("</p>");
            html += QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>")
                    % requestText(request, rendered, &errors, &warnings) % QStringLiteral("</td></tr></table>");
        };
        if (webhook.pingPost.enabled) {
            block(tr("Ping: asks for a bid"), webhook.pingPost.ping);
            block(webhook.pingPost.minimumBid > 0
                      ? tr("Post: once a bid of at least %1 is accepted ([ping.*] tags come from the bid)")
                            .arg(webhook.pingPost.minimumBid)
                      : tr("Post: once a bid is accepted ([ping.*] tags come from the bid)"),
                  webhook.request);
        } else {
            block(QString(), webhook.request);
        }
        for (const QString &error : std::as_const(errors))
            html += QStringLiteral("<p class=\"error\" style=\"margin: 2px 0\">") % esc(masked(error))
                    % QStringLiteral("</p>");
        for (const QString &warning : std::as_const(warnings))
            html += QStringLiteral("<p class=\"warning\" style=\"margin: 2px 0\">") % esc(masked(warning))
                    % QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool TemplateGallery::apply()
{
    if (!m_canApply || !m_hasCurrent)
        return false;
    const TemplateInstantiator::Result result = TemplateInstantiator::instantiate(m_current, formValues());
    if (!result.ok() || result.webhooks.isEmpty())
        return false;
    const Address owner = m_targets.value(m_targetCombo->currentIndex());
    const Address profile = m_profiles.value(m_profileCombo->currentIndex());
    auto *command = new ApplyTemplateCommand(m_model, owner, result.webhooks, isProfile(profile) ? profile : Address(),
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
    refreshTargets();
    refreshProfiles(true);
    updateState();
}
