// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/MatchRulesEditor.h"

#include "call/MatchRules.h"
#include "tokens/TagCatalog.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

enum Column
{
    KeyColumn,
    ValueColumn
};
constexpr int kEntryRole = Qt::UserRole + 1; // the entry as written, until the row is edited
constexpr int kMinRows = 1;
constexpr int kMaxRows = 8;

// The entry a row stands for: "key:value", or the bare "key" when any value will do.
QString entryOf(const QString &key, const QString &value)
{
    return value.trimmed().isEmpty() ? key.trimmed() : key.trimmed() + QLatin1Char(':') + value.trimmed();
}

// Edits a cell with completion: tag names in the tag column, the tag's known values in the
// value column (the sample call's, buyers', publishers', other webhooks' matches).
class EntryDelegate final : public QStyledItemDelegate
{
public:
    explicit EntryDelegate(MatchRulesEditor *editor)
        : QStyledItemDelegate(editor)
        , m_editor(editor)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        auto *edit = static_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        QStringList words;
        if (const TagCatalog *catalog = m_editor->catalog()) {
            const QString key = index.siblingAtColumn(KeyColumn).data().toString().trimmed();
            for (const KnownTag &tag : catalog->tags()) {
                if (index.column() == KeyColumn)
                    words.append(tag.name);
                else if (tag.name.compare(key, Qt::CaseInsensitive) == 0)
                    words = tag.values;
            }
        }
        edit->setPlaceholderText(index.column() == KeyColumn ? MatchRulesEditor::tr("tag")
                                                             : MatchRulesEditor::tr("any value"));
        auto *completer = new QCompleter(words, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }

private:
    MatchRulesEditor *m_editor;
};

} // namespace

MatchRulesEditor::MatchRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/entry-add.svg")), tr("Add &Match"), this))
    , m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/entry-remove.svg")), tr("Remove"), this))
    , m_verdictIcon(new QLabel(this))
    , m_verdictLabel(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("matchTable"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Value (empty: any value)")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(KeyColumn, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegate(new EntryDelegate(this));
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("The webhook fires only for calls that have every tag listed, with one of the values "
                           "listed for it (compared ignoring case)."));

    m_add->setObjectName(QStringLiteral("addMatchButton"));
    m_add->setFlat(true);
    m_remove->setObjectName(QStringLiteral("removeMatchButton"));
    m_remove->setFlat(true);
    m_remove->setEnabled(false);
    m_verdictLabel->setObjectName(QStringLiteral("matchVerdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdict->addWidget(m_verdictLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(verdict);

    connect(m_table, &QTableWidget::itemChanged, this, &MatchRulesEditor::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &MatchRulesEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &MatchRulesEditor::removeSelected);

    updateHeight();
    updateVerdict();
}

void MatchRulesEditor::setCatalog(TagCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &TagCatalog::sampleCallChanged, this, &MatchRulesEditor::updateVerdict);
    updateVerdict();
}

TagCatalog *MatchRulesEditor::catalog() const
{
    return m_catalog;
}

void MatchRulesEditor::setEntries(const QStringList &entries)
{
    if (entries == this->entries())
        return;
    m_filling = true;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row)
        setRow(row, entries.at(row));
    m_filling = false;
    updateHeight();
    updateVerdict();
}

QStringList MatchRulesEditor::entries() const
{
    QStringList entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        const QString written = key ? key->data(kEntryRole).toString() : QString();
        if (!written.isEmpty()) {
            entries.append(written);
            continue;
        }
        const QString keyText = key ? key->text() : QString();
        const QString valueText = value ? value->text() : QString();
        if (keyText.trimmed().isEmpty() && valueText.trimmed().isEmpty())
            continue; // a row being added
        // A value without a tag stays an entry, so that MatchRules reports it.
        entries.append(keyText.trimmed().isEmpty() ? QLatin1Char(':') + valueText.trimmed()
                                                   : entryOf(keyText, valueText));
    }
    return entries;
}

QString MatchRulesEditor::verdictText() const
{
    return m_verdictLabel->text();
}

void MatchRulesEditor::focusEntry(int index)
{
    m_table->setFocus(Qt::OtherFocusReason);
    // Entries skip rows being added; count rows that hold one.
    int entry = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        if ((key && !key->text().trimmed().isEmpty()) || (value && !value->text().trimmed().isEmpty()))
            ++entry;
        if (entry == index) {
            m_table->setCurrentCell(row, KeyColumn);
            m_table->selectRow(row);
            return;
        }
    }
}

void MatchRulesEditor::addEntry()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->setRowCount(row + 1);
    setRow(row, QString());
    m_filling = false;
    updateHeight();
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, KeyColumn);
    m_table->editItem(m_table->item(row, KeyColumn));
}

void MatchRulesEditor::removeSelected()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const QStringList before = entries();
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    updateHeight();
    updateVerdict();
    if (entries() != before)
        emit edited();
}

void MatchRulesEditor::itemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    // Edited: the entry is built from the cells from now on.
    QTableWidgetItem *key = m_table->item(item->row(), KeyColumn);
    if (key && key->data(kEntryRole).isValid()) {
        m_filling = true; // itself a change of the item
        key->setData(kEntryRole, QVariant());
        m_filling = false;
    }
    updateVerdict();
    emit edited();
}

void MatchRulesEditor::setRow(int row, const QString &entry)
{
    QString key;
    QString value;
    if (!TagMap::parsePair(entry, &key, &value)) {
        // No key (":yes"): show what is there; MatchRules names the problem.
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        key = colon < 0 ? entry : entry.left(colon);
        value = colon < 0 ? QString() : entry.mid(colon + 1);
    }
    auto *keyItem = new QTableWidgetItem(key.trimmed());
    keyItem->setData(kEntryRole, entry);
    m_table->setItem(row, KeyColumn, keyItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value.trimmed()));
}

void MatchRulesEditor::updateVerdict()
{
    const QStringList current = entries();
    const MatchRules rules(current);
    m_verdict = rules.evaluate(m_catalog ? m_catalog->sampleCall() : TagMap());

    // MatchVerdict's reasons start with "fires: " or "skipped: "; the line says it its own way.
    const QString firesPrefix = QCoreApplication::translate("MatchRules", "fires: %1").arg(QString());
    const QString skippedPrefix = QCoreApplication::translate("MatchRules", "skipped: %1").arg(QString());
    QString reason = m_verdict.reason;
    if (reason.startsWith(firesPrefix))
        reason = reason.mid(firesPrefix.size());
    else if (reason.startsWith(skippedPrefix))
        reason = reason.mid(skippedPrefix.size());

    QString icon;
    if (!rules.errors().isEmpty()) {
        m_verdictLabel->setText(tr("Never fires: %1").arg(rules.errors().constFirst()));
        icon = QStringLiteral(":/icons/check-error.svg");
    } else if (current.isEmpty()) {
        m_verdictLabel->setText(tr("No matches: fires for every call."));
        icon = QStringLiteral(":/icons/check-ok.svg");
    } else if (m_verdict.fires) {
        m_verdictLabel->setText(tr("Would fire for the sample call: %1").arg(reason));
        icon = QStringLiteral(":/icons/check-ok.svg");
    } else {
        m_verdictLabel->setText(tr("Would not fire for the sample call: %1").arg(reason));
        icon = QStringLiteral(":/icons/check-skip.svg");
    }
    const int size = m_verdictLabel->fontMetrics().height();
    m_verdictIcon->setPixmap(QIcon(icon).pixmap(size, size));
}

void MatchRulesEditor::updateHeight()
{
    // As tall as its rows (a few at least, a scroll bar past the most), not a fixed block.
    const int rows = qBound(kMinRows, m_table->rowCount(), kMaxRows);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                            + 2 * m_table->frameWidth());
}
