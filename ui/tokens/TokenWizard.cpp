// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokens/TokenWizard.h"

#include "common/StatePalette.h"
#include "lint/KnownTags.h"
#include "tokens/TagCatalog.h"
#include "tokens/TokenSyntax.h"
#include "tokens/TokenTemplate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    SampleColumn,
    DescriptionColumn
};
constexpr int kTagRole = Qt::UserRole + 1; // the tag's name on its rows; empty on group rows

// Matches tags by name, sample value or description; a group shows while any tag in it does.
class TagFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!parent.isValid())
            return false; // a group: shown through its tags (recursive filtering)
        const QRegularExpression pattern = filterRegularExpression();
        for (int column : {NameColumn, SampleColumn, DescriptionColumn}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(pattern))
                return true;
        }
        return false;
    }
};

// The pairs of filters that contradict each other: checking one unchecks the other.
QString oppositeOf(const QString &filter)
{
    static const QList<QPair<QString, QString>> pairs = {{QStringLiteral("first"), QStringLiteral("last")},
                                                         {QStringLiteral("lower"), QStringLiteral("upper")}};
    for (const auto &pair : pairs) {
        if (filter == pair.first)
            return pair.second;
        if (filter == pair.second)
            return pair.first;
    }
    return QString();
}

} // namespace

TokenWizard::TokenWizard(TagCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_search(new QLineEdit(this))
    , m_tags(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new TagFilter(this))
    , m_filters(new QTreeWidget(this))
    , m_defaultText(new QLineEdit(this))
    , m_defaultError(new QLabel(this))
    , m_tokenPreview(new QLabel(this))
    , m_samplePreview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_insert(m_buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("tokenWizard"));
    setWindowTitle(tr("Insert Tag"));

    buildTagList();
    buildFilters();
    buildPreview();
    buildLayout();
    connectSignals();

    m_search->setFocus();
    updateToken();
}

// The search field over the tree of tags, grouped by where they come from.
void TokenWizard::buildTagList()
{
    m_search->setObjectName(QStringLiteral("tagSearch"));
    m_search->setPlaceholderText(tr("Search tags by name, sample value or description"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setObjectName(QStringLiteral("tagTree"));
    m_tags->setModel(m_proxy);
    m_tags->setUniformRowHeights(true);
    m_tags->setAlternatingRowColors(true);
    m_tags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tags->setExpandsOnDoubleClick(false);
}

// The filters to apply, in order, and the default text.
void TokenWizard::buildFilters()
{
    m_filters->setObjectName(QStringLiteral("filterList"));
    m_filters->setColumnCount(2);
    m_filters->setHeaderLabels({tr("Filter"), tr("What it does")});
    m_filters->setRootIsDecorated(false);
    m_filters->setUniformRowHeights(true);
    m_filters->setSelectionMode(QAbstractItemView::NoSelection);
    m_filters->setFocusPolicy(Qt::StrongFocus);
    for (const KnownFilter &filter : KnownTags::filters()) {
        if (filter.name == QLatin1String("default"))
            continue; // the default text field below
        auto *item = new QTreeWidgetItem(m_filters, {filter.name, filter.description});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, Qt::Unchecked);
        item->setToolTip(DescriptionColumn, filter.description);
    }
    m_filters->resizeColumnToContents(0);
    m_filters->header()->setStretchLastSection(true);
    // Every filter in view: they are few, and a list scrolled halfway hides the rest of them.
    if (const int count = m_filters->topLevelItemCount(); count > 0) {
        const int rowHeight = qMax(m_filters->sizeHintForRow(0), m_filters->fontMetrics().height());
        m_filters->setMinimumHeight(m_filters->header()->sizeHint().height() + count * rowHeight
                                    + 2 * m_filters->frameWidth());
    }

    m_defaultText->setObjectName(QStringLiteral("defaultText"));
    m_defaultText->setPlaceholderText(tr("Used when the tag is missing or empty"));
    m_defaultError->setObjectName(QStringLiteral("defaultError"));
    m_defaultError->setWordWrap(true);
    m_defaultError->hide();
    StatePalette::setTextColor(m_defaultError, StatePalette::State::Error);
}

// The token that will be inserted and what it renders to for the sample call.
void TokenWizard::buildPreview()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tokenPreview->setObjectName(QStringLiteral("tokenPreview"));
    m_tokenPreview->setFont(fixed);
    m_tokenPreview->setTextFormat(Qt::RichText);
    m_tokenPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_samplePreview->setObjectName(QStringLiteral("samplePreview"));
    m_samplePreview->setWordWrap(true);
    m_samplePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_insert->setObjectName(QStringLiteral("insertButton"));
    m_insert->setDefault(true);
}

void TokenWizard::buildLayout()
{
    auto *filterBox = new QGroupBox(tr("Filters, applied in this order"), this);
    auto *filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filters);
    auto *defaultForm = new QFormLayout;
    defaultForm->addRow(tr("&Default:"), m_defaultText);
    defaultForm->addRow(QString(), m_defaultError);
    filterLayout->addLayout(defaultForm);

    auto *previewBox = new QGroupBox(tr("Token"), this);
    auto *previewForm = new QFormLayout(previewBox);
    previewForm->addRow(tr("Inserts:"), m_tokenPreview);
    previewForm->addRow(tr("Sample call:"), m_samplePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tags, 3);
    layout->addWidget(filterBox, 2);
    layout->addWidget(previewBox);
    layout->addWidget(m_buttons);

    populate();
    resize(780, 680);
    m_tags->header()->resizeSection(NameColumn, 200);
    m_tags->header()->resizeSection(SampleColumn, 170);
}

void TokenWizard::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, this, &TokenWizard::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!selectedTag().isEmpty())
            accept();
    });
    connect(m_tags->selectionModel(), &QItemSelectionModel::currentChanged, this, &TokenWizard::updateToken);
    connect(m_tags, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(kTagRole).toString().isEmpty())
            accept();
    });
    connect(m_filters, &QTreeWidget::itemChanged, this, &TokenWizard::filterToggled);
    connect(m_defaultText, &QLineEdit::textChanged, this, &TokenWizard::updateToken);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool TokenWizard::eventFilter(QObject *watched, QEvent *event)
{
    // The arrow keys in the search field move through the tags, as in a command palette.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_tags, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString TokenWizard::selectedTag() const
{
    return m_tags->currentIndex().siblingAtColumn(NameColumn).data(kTagRole).toString();
}

QString TokenWizard::token() const
{
    const QString tag = selectedTag();
    if (tag.isEmpty())
        return QString();
    QString token = QLatin1Char('[') + tag;
    for (int i = 0; i < m_filters->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_filters->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked)
            token += QLatin1Char('|') + item->text(NameColumn);
    }
    if (!m_defaultText->text().isEmpty())
        token += QStringLiteral("|default:") + m_defaultText->text();
    return token + QLatin1Char(']');
}

bool TokenWizard::selectTag(const QString &name)
{
    for (int pass = 0; pass < 2; ++pass) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, NameColumn), kTagRole, name, 1, Qt::MatchFixedString | Qt::MatchRecursive);
        if (!found.isEmpty()) {
            m_tags->setCurrentIndex(found.constFirst());
            m_tags->scrollTo(found.constFirst());
            return true;
        }
        if (m_search->text().isEmpty())
            break;
        m_search->clear(); // the search may hide it
    }
    return false;
}

QStringList TokenWizard::visibleTags() const
{
    QStringList names;
    for (int group = 0; group < m_proxy->rowCount(); ++group) {
        const QModelIndex parent = m_proxy->index(group, NameColumn);
        for (int row = 0; row < m_proxy->rowCount(parent); ++row)
            names.append(m_proxy->index(row, NameColumn, parent).data(kTagRole).toString());
    }
    return names;
}

void TokenWizard::populate()
{
    const QList<KnownTag> tags = m_catalog ? m_catalog->tags() : KnownTags::builtIns();
    const TagMap sample = m_catalog ? m_catalog->sampleCall() : TagMap();
    const QList<KnownTag::Source> order = {KnownTag::Source::BuiltIn, KnownTag::Source::PingResponse,
                                           KnownTag::Source::Workspace, KnownTag::Source::Template,
                                           KnownTag::Source::Pixel};
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Tag"), tr("Sample call"), tr("Description")});
    QFont groupFont = font();
    groupFont.setBold(true);
    for (const KnownTag::Source source : order) {
        QList<QList<QStandardItem *>> rows;
        for (const KnownTag &tag : tags) {
            if (tag.source != source)
                continue;
            auto *name = new QStandardItem(tag.name);
            name->setData(tag.name, kTagRole);
            const QString value = tag.secret && sample.contains(tag.name) ? tr("(secret)") : sample.joined(tag.name);
            auto *description = new QStandardItem(tag.description);
            description->setToolTip(tag.description);
            rows.append({name, new QStandardItem(value), description});
        }
        if (rows.isEmpty())
            continue;
        auto *group = new QStandardItem(KnownTags::sourceLabel(source) + QStringLiteral("  (%1)").arg(rows.size()));
        group->setFont(groupFont);
        group->setSelectable(false);
        for (const QList<QStandardItem *> &row : std::as_const(rows))
            group->appendRow(row);
        auto *groupSample = new QStandardItem;
        groupSample->setSelectable(false);
        auto *groupDescription = new QStandardItem;
        groupDescription->setSelectable(false);
        m_model->appendRow({group, groupSample, groupDescription});
        m_tags->setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true);
    }
    m_tags->expandAll();
    const QModelIndex first = firstVisibleTag();
    if (first.isValid())
        m_tags->setCurrentIndex(first);
}

void TokenWizard::searchChanged(const QString &text)
{
    const QString selected = selectedTag();
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QRegularExpression::escape(text.trimmed()), QRegularExpression::CaseInsensitiveOption));
    m_tags->expandAll();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tags->setFirstColumnSpanned(row, QModelIndex(), true);
    // Keep the selection while the search keeps it; else the first tag left.
    if (selected.isEmpty() || !visibleTags().contains(selected)) {
        const QModelIndex first = firstVisibleTag();
        m_tags->setCurrentIndex(first);
        if (!first.isValid())
            updateToken();
    }
}

void TokenWizard::filterToggled(QTreeWidgetItem *item)
{
    if (m_updatingFilters)
        return;
    if (item->checkState(NameColumn) == Qt::Checked) {
        const QString opposite = oppositeOf(item->text(NameColumn));
        const QList<QTreeWidgetItem *> found = m_filters->findItems(opposite, Qt::MatchExactly, NameColumn);
        if (!opposite.isEmpty() && !found.isEmpty()) {
            m_updatingFilters = true;
            found.constFirst()->setCheckState(NameColumn, Qt::Unchecked);
            m_updatingFilters = false;
        }
    }
    updateToken();
}

void TokenWizard::updateToken()
{
    // The default text ends at '|' or ']' and cannot hold a bracket or a line break.
    static const QRegularExpression forbidden(QStringLiteral("[|\\[\\]\\r\\n]"));
    const bool defaultOk = !m_defaultText->text().contains(forbidden);
    m_defaultError->setVisible(!defaultOk);
    m_defaultError->setText(defaultOk ? QString() : tr("The default text cannot hold |, [, ] or a line break."));

    const QString current = token();
    m_insert->setEnabled(!current.isEmpty() && defaultOk);
    if (current.isEmpty()) {
        m_tokenPreview->setText(tr("<i>Select a tag</i>"));
        m_samplePreview->clear();
        return;
    }
    m_tokenPreview->setText(TokenSyntax::toHtml(current, StatePalette::isDark(palette())));
    if (!defaultOk) {
        m_samplePreview->clear();
        return;
    }
    const TagMap sample = m_catalog ? m_catalog->sampleCall() : TagMap();
    const QString tag = selectedTag();
    RenderReport report;
    const QString rendered = TokenTemplate(current).render(sample, &report);
    if (!sample.contains(tag) && rendered.isEmpty())
        m_samplePreview->setText(tr("Empty: the sample call has no tag %1.").arg(tag));
    else if (!sample.contains(tag))
        m_samplePreview->setText(tr("%1 (the sample call has no tag %2)").arg(rendered, tag));
    else if (rendered.isEmpty())
        m_samplePreview->setText(tr("Empty"));
    else
        m_samplePreview->setText(rendered);
}

QModelIndex TokenWizard::firstVisibleTag() const
{
    for (int group = 0; group < m_proxy->rowCount(); ++group) {
        const QModelIndex parent = m_proxy->index(group, NameColumn);
        if (m_proxy->rowCount(parent) > 0)
            return m_proxy->index(0, NameColumn, parent);
    }
    return QModelIndex();
}
